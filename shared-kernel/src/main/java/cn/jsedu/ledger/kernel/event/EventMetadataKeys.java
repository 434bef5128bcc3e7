package cn.jsedu.ledger.kernel.event;

/** Keys of the metadata every event carries (DOMAIN.md §4): who, in which role, why, and for which request. */
public final class EventMetadataKeys {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String COLLEGE = "college";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String REASON = "reason";
    public static final String DECISION_REF = "decisionRef";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Axon's own key for the correlation id, kept so its correlation machinery carries it to every event. */
    public static final String CORRELATION_ID = "correlationId";

    private EventMetadataKeys() {
    }
}
