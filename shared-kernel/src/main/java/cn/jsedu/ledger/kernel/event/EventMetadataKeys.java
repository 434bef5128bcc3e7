package cn.jsedu.ledger.kernel.event;

/**
 * Keys of the metadata every event carries (docs/domain.md §4): who, in which role, why, and for which request. The
 * server writes every one of them; nothing a request says becomes metadata except through the console's relay
 * channel (the client address and correlation id of the person it acts for).
 */
public final class EventMetadataKeys {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String COLLEGE = "college";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String REASON = "reason";
    public static final String DECISION_REF = "decisionRef";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** On a change that needed four eyes: who proposed it, who approved it, and the proposal. */
    public static final String PROPOSED_BY = "proposedBy";
    public static final String APPROVED_BY = "approvedBy";
    public static final String PROPOSAL_ID = "proposalId";
    /**
     * Axon's own key for the correlation id, kept so its correlation machinery carries it to every event. The server
     * generated it for the request (or the console did, on the relay channel); a client never sets it.
     */
    public static final String CORRELATION_ID = "correlationId";
    /** The client's own {@code X-Correlation-Id}, if it sent a well-formed one: its, not the server's. */
    public static final String CLIENT_CORRELATION_ID = "clientCorrelationId";

    private EventMetadataKeys() {
    }
}
