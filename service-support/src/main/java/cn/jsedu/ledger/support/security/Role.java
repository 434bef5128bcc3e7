package cn.jsedu.ledger.support.security;

/** Who may do what in the ledger (the security issue): four roles of people and one of a machine, deny by default. */
public enum Role {
    /** Education department: approve, reject, suspend, resume, task books, decisions, acceptance reviews. */
    PROVINCE_ADMIN,
    /** Provincial finance: provincial installments and recoveries; reads everything. */
    FINANCE_OFFICER,
    /** Reads everything, history and verification included; issues no command. */
    AUDITOR,
    /** Bound to one college: declares and records for its own platform only, reads only its own platform. */
    COLLEGE_OFFICER,
    /**
     * The metrics scraper (Prometheus): reads {@code /actuator/prometheus} and nothing else. The scrape shows programme
     * money totals, so it is not open to everyone.
     */
    METRICS_READER
}
