package cn.jsedu.ledger.kernel.platform;

/**
 * The changes that take effect only when a second province administrator approves them (four eyes): a platform's
 * decisions, plan revisions and suspensions; a programme's establishment and its rule changes.
 */
public enum ProposalKind {
    PERFORMANCE_DECISION, FUNDING_PLAN_REVISION, SUSPENSION, PROGRAMME_ESTABLISHMENT, PARAMETER_CHANGE
}
