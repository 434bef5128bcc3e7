package cn.jsedu.ledger.kernel.role;

/**
 * The roles of the ledger (README, "Who may do what"). A user has exactly one. The access policy tables of both
 * services admit requests by role, deny by default; the domain decides by role in one place only, who records which
 * money entry ({@link EntryRecorders}), which also decides who may correct an entry or record a recovery (ADR 0013).
 */
public enum Role {
    /** Education department: approve, reject, suspend, resume, task books, decisions, acceptance reviews. */
    PROVINCE_ADMIN,
    /** Provincial finance: provincial installments, their corrections and recoveries; reads everything. */
    FINANCE_OFFICER,
    /** Reads everything, history and verification included; issues no command. */
    AUDITOR,
    /** Bound to one college: declares and records for its own platform only, reads only its own platform. */
    COLLEGE_OFFICER,
    /**
     * The metrics scraper (Prometheus): reads {@code /actuator/prometheus} and nothing else. The scrape shows programme
     * money totals, so it is not open to everyone.
     */
    METRICS_READER,
    /**
     * Bound to one enterprise (its unified social credit code): reads what concerns its enterprise on the platforms
     * where it is a party, and confirms or disputes each enterprise contribution recorded in its name (ADR 0022).
     */
    ENTERPRISE_REPRESENTATIVE
}
