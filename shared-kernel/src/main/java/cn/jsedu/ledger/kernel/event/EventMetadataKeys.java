package cn.jsedu.ledger.kernel.event;

/** Keys of the metadata every event carries (docs/domain.md §4): who, in which role, why, and for which request. */
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
    /** Axon's own key for the correlation id, kept so its correlation machinery carries it to every event. */
    public static final String CORRELATION_ID = "correlationId";

    private EventMetadataKeys() {
    }
}
