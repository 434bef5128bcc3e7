package cn.jsedu.ledger.kernel.platform;

/** The changes that take effect only when a second province administrator approves them (four eyes). */
public enum ProposalKind {
    PERFORMANCE_DECISION, FUNDING_PLAN_REVISION, SUSPENSION
}
