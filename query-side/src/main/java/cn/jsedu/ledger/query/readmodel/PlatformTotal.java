package cn.jsedu.ledger.query.readmodel;

/** The running money totals of read_model.platform that projections only ever add to. */
public enum PlatformTotal {
    RECEIVED_CASH, RECEIVED_NON_CASH, SPENT, RECOVERED, ENTERPRISE_RECEIVED, ENTERPRISE_RECOVERED,
    PROVINCIAL_RECEIVED_CASH, PROVINCIAL_RECEIVED_NON_CASH, PROVINCIAL_SPENT, PROVINCIAL_RECOVERED;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
