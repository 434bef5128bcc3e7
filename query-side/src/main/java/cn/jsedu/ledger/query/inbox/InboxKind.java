package cn.jsedu.ledger.query.inbox;

/**
 * What an inbox item asks of its user (ADR 0025). The names are the API's stable codes: clients and the console's
 * catalogue key on them, so a kind is added, never renamed.
 */
public enum InboxKind {
    /** A half-yearly report due within the window (30 days): the college's to submit. */
    REPORT_DUE,
    /** A half-yearly report past its due date and not submitted: the college's. */
    REPORT_OVERDUE,
    /**
     * A four-eyes proposal of another administrator, waiting for a second one: a platform's, or the publication of an
     * evaluation round's results (then {@code platformId} is null and {@code ref} is the round id).
     */
    PROPOSAL_TO_APPROVE,
    /** An OPEN audit finding: the college's rectification is awaited. */
    FINDING_TO_ANSWER,
    /** An ANSWERED finding: the education department closes or reopens it. */
    FINDING_TO_CLOSE,
    /** A contribution recorded in an enterprise's name that it has not answered at the amount in force. */
    CONTRIBUTION_TO_CONFIRM,
    /** A platform whose arrivals lag the elapsed share of its construction period (the compliance rule). */
    ARRIVAL_BEHIND_PLAN,
    /** A platform whose construction period ends within the window (90 days): acceptance or an extension is next. */
    CONSTRUCTION_ENDING,
    /**
     * An open evaluation round (ADR 0026) whose panel scores are not all recorded: the administrators' to enter
     * ({@code platformId} null, {@code ref} the round id, the figures how many are missing).
     */
    EVALUATION_TO_SCORE
}
