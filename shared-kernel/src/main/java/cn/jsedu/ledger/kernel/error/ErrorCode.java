package cn.jsedu.ledger.kernel.error;

/**
 * Stable error codes of the ledger's problem details. Clients switch on these; never rename one.
 * Each code belongs to one {@link ErrorKind}, which fixes its HTTP status.
 */
public enum ErrorCode {
    // 400: the request itself is malformed
    MALFORMED_REQUEST(ErrorKind.MALFORMED),
    VALIDATION_FAILED(ErrorKind.MALFORMED),
    IDEMPOTENCY_KEY_INVALID(ErrorKind.MALFORMED),

    // 401, 403
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED),
    ACCESS_DENIED(ErrorKind.FORBIDDEN),
    FOUR_EYES_REQUIRED(ErrorKind.FORBIDDEN),
    /** A correction or recovery by a role that does not record such entries (docs/domain.md §4, EntryRecorders). */
    NOT_ENTRY_RECORDER(ErrorKind.FORBIDDEN),
    /** An enterprise representative answering for a contribution recorded in another enterprise's name (ADR 0022). */
    NOT_CONTRIBUTING_ENTERPRISE(ErrorKind.FORBIDDEN),

    // 404
    NOT_FOUND(ErrorKind.NOT_FOUND),
    PLATFORM_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No programme with this id (or one the user's programme scope does not reach). */
    PROGRAMME_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No evaluation round with this id (or one of a programme the user's scope does not reach; ADR 0026). */
    ROUND_NOT_FOUND(ErrorKind.NOT_FOUND),

    // 409: conflicts with what already exists
    IDEMPOTENCY_KEY_REUSED(ErrorKind.CONFLICT),
    /** No longer answered: a taken platform id is {@link #PLATFORM_ID_TAKEN}, whoever holds it (ADR 0013). */
    PLATFORM_ALREADY_EXISTS(ErrorKind.CONFLICT),
    /** The platform id is taken (by any college, live or not): choose another. Says nothing about whose it is. */
    PLATFORM_ID_TAKEN(ErrorKind.CONFLICT),
    COLLEGE_ALREADY_HAS_PLATFORM(ErrorKind.CONFLICT),
    /** The programme id is taken (by a programme, proposed or established, or by a platform): choose another. */
    PROGRAMME_ID_TAKEN(ErrorKind.CONFLICT),
    ID_ALREADY_USED(ErrorKind.CONFLICT),
    /** The evaluation round id is taken (by a round, or by any other event stream): choose another (ADR 0026). */
    ROUND_ID_TAKEN(ErrorKind.CONFLICT),
    /** The round's results are published, or their publication is proposed: it takes no panel score or proposal. */
    ROUND_NOT_OPEN(ErrorKind.CONFLICT),
    /** The round's results were published already: a round is published once. */
    ROUND_ALREADY_PUBLISHED(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    /** The enterprise already gave this answer for the contribution's amount in force. */
    CONTRIBUTION_ALREADY_ANSWERED(ErrorKind.CONFLICT),
    /** The payment's arrival was confirmed already (docs/domain.md §9, provincial money chain). */
    PAYMENT_ALREADY_ARRIVED(ErrorKind.CONFLICT),

    // 422: a rule of docs/domain.md is broken
    AMOUNT_OUT_OF_RANGE(ErrorKind.RULE),
    PLAN_BELOW_MINIMUM_TOTAL(ErrorKind.RULE),
    ENTERPRISE_SHARE_NOT_MET(ErrorKind.RULE),
    INVALID_PLAN(ErrorKind.RULE),
    UNKNOWN_BATCH(ErrorKind.RULE),
    CONSTRUCTION_START_OUTSIDE_BATCH_YEAR(ErrorKind.RULE),
    INVALID_STATE(ErrorKind.RULE),
    PLATFORM_NOT_APPROVED(ErrorKind.RULE),
    PLATFORM_SUSPENDED(ErrorKind.RULE),
    PLATFORM_CLOSED(ErrorKind.RULE),
    DATE_IN_FUTURE(ErrorKind.RULE),
    /** A command's date outside the window the programme parameters give it (docs/domain.md §4 "Dates"). */
    DATE_OUTSIDE_WINDOW(ErrorKind.RULE),
    DATE_OUT_OF_ORDER(ErrorKind.RULE),
    INVALID_PARTY(ErrorKind.RULE),
    PARTY_NOT_IN_AGREEMENT(ErrorKind.RULE),
    ENTERPRISE_SOURCE_NEEDS_CONTRIBUTION(ErrorKind.RULE),
    APPRAISAL_REF_REQUIRED(ErrorKind.RULE),
    INSUFFICIENT_CASH_BALANCE(ErrorKind.RULE),
    /**
     * A file of entries (ADR 0024) of which some rows break a rule: every row's error is listed, nothing is recorded.
     */
    IMPORT_ROWS_REFUSED(ErrorKind.RULE),
    UNKNOWN_ENTRY(ErrorKind.RULE),
    CORRECTION_CHANGES_NOTHING(ErrorKind.RULE),
    DECISION_AMOUNT_INVALID(ErrorKind.RULE),
    REDUCTION_EXCEEDS_PLANNED_PROVINCIAL(ErrorKind.RULE),
    ACCEPTANCE_TOO_EARLY(ErrorKind.RULE),
    REASON_REQUIRED(ErrorKind.RULE),
    UNKNOWN_PROPOSAL(ErrorKind.RULE),
    UNKNOWN_INDICATOR(ErrorKind.RULE),
    INVALID_INDICATOR_VALUE(ErrorKind.RULE),
    TASK_BOOK_INCOMPLETE(ErrorKind.RULE),
    REPORT_PERIOD_NOT_ENDED(ErrorKind.RULE),
    REPORT_PERIOD_OUTSIDE_CONSTRUCTION(ErrorKind.RULE),
    WORKSTATIONS_OFFERED_EXCEED_TOTAL(ErrorKind.RULE),
    EQUIPMENT_DATE_OUTSIDE_PERIOD(ErrorKind.RULE),
    /** A programme parameter outside what the plan can mean (a share ≤ 0 or > 1, no batch, ...), naming it. */
    INVALID_PARAMETER(ErrorKind.RULE),
    /**
     * A parameter change that would take effect in a year whose books are closed (before January 1 of the year it is
     * recorded in): a rule change must not silently re-judge closed years (ADR 0019).
     */
    EFFECTIVE_DATE_IN_CLOSED_YEAR(ErrorKind.RULE),
    /** An acceptance request while the readiness checklist is NOT_READY, without an approved override (ADR 0022). */
    ACCEPTANCE_NOT_READY(ErrorKind.RULE),
    /** An extension whose new construction end is not later than the end in force (ADR 0022). */
    EXTENSION_NOT_LATER(ErrorKind.RULE),
    /** A confirmation or dispute of a contribution that is not (or no longer) an enterprise contribution in force. */
    NOT_A_CONTRIBUTION(ErrorKind.RULE),
    /** A cited document hash names no document uploaded to this platform (docs/adr/0021). */
    UNKNOWN_DOCUMENT(ErrorKind.RULE),
    /** An upload whose content (its magic bytes, not its name) is none of PDF, PNG, JPEG, XLSX, DOCX. */
    DOCUMENT_TYPE_NOT_ALLOWED(ErrorKind.RULE),
    /** A finding cites an event id that is no event of this platform. */
    UNKNOWN_EVIDENCE_EVENT(ErrorKind.RULE),
    UNKNOWN_FINDING(ErrorKind.RULE),
    /** A rectification for a finding that is not open (answered or closed). */
    FINDING_NOT_OPEN(ErrorKind.RULE),
    /** A finding is closed only once the college has answered it. */
    FINDING_NOT_ANSWERED(ErrorKind.RULE),
    /** Reopening a finding that is open already. */
    FINDING_ALREADY_OPEN(ErrorKind.RULE),
    /** A finding's deadline lies before today. */
    FINDING_DEADLINE_PASSED(ErrorKind.RULE),
    /** An acceptance request while a finding is not closed (docs/domain.md §8). */
    FINDINGS_UNRESOLVED(ErrorKind.RULE),
    /** Budgets (docs/domain.md §9): a budget line is malformed or lies outside the construction years. */
    INVALID_BUDGET(ErrorKind.RULE),
    /** The budget was declared with the task book already; it changes only by a four-eyes plan revision. */
    BUDGET_ALREADY_DECLARED(ErrorKind.RULE),
    /** Spending on a category in a year would exceed its budget beyond the programme's tolerance. */
    BUDGET_EXCEEDED(ErrorKind.RULE),
    /** The provincial money chain (docs/domain.md §9): no such allocation on this platform. */
    UNKNOWN_ALLOCATION(ErrorKind.RULE),
    /** No such payment on this platform. */
    UNKNOWN_PAYMENT(ErrorKind.RULE),
    /** A payment larger than what remains unpaid (and not cancelled) of its allocation. */
    PAYMENT_EXCEEDS_ALLOCATION(ErrorKind.RULE),
    /** Allocations beyond the planned provincial funds (rewards included, reductions deducted). */
    ALLOCATION_EXCEEDS_PLANNED_PROVINCIAL(ErrorKind.RULE),
    /** Evaluation rounds (ADR 0026): the item code names no PANEL item of the round's scheme. */
    NOT_A_PANEL_ITEM(ErrorKind.RULE),
    /** A panel score outside 0..the item's full centipoints. */
    PANEL_SCORE_OUT_OF_RANGE(ErrorKind.RULE),
    /** An objective score that is not exactly the scheme's OBJECTIVE items, each within 0..its full centipoints. */
    OBJECTIVE_SCORES_INVALID(ErrorKind.RULE),
    /**
     * The platform is not one of the round's: unknown, of another programme or batch, never approved, rejected or
     * terminated.
     */
    PLATFORM_NOT_IN_ROUND(ErrorKind.RULE),
    /** A platform of a proposed publication lacks a panel score, or a platform with panel scores is left out. */
    PANEL_SCORES_MISSING(ErrorKind.RULE),
    /** A publication with an EXCELLENT result names no reward amount, or a REDUCE_SUPPORT one no reduction amount. */
    DECISION_AMOUNT_REQUIRED(ErrorKind.RULE),

    // 429: too many failed logins; retry after the Retry-After header's seconds
    TOO_MANY_LOGIN_ATTEMPTS(ErrorKind.THROTTLED),

    // 503
    READ_MODEL_BEHIND(ErrorKind.UNAVAILABLE),
    SERVICE_UNAVAILABLE(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
