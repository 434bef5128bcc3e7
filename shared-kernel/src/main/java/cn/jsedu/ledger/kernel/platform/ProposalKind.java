package cn.jsedu.ledger.kernel.platform;

/**
 * The changes that take effect only when a second province administrator approves them (four eyes): a platform's
 * decisions, plan revisions and suspensions; a programme's establishment and its rule changes.
 */
public enum ProposalKind {
    PERFORMANCE_DECISION, FUNDING_PLAN_REVISION, SUSPENSION, PROGRAMME_ESTABLISHMENT, PARAMETER_CHANGE,
    /** 延期: a new construction end, later than the one in force (ADR 0022). */
    CONSTRUCTION_EXTENSION,
    /** An acceptance request despite a checklist that is not READY, with the reason for overriding it (ADR 0022). */
    ACCEPTANCE_OVERRIDE
}
