package cn.jsedu.ledger.kernel.platform;

/** The changes that take effect only when a second province administrator approves them (four eyes). */
public enum ProposalKind {
    PERFORMANCE_DECISION, FUNDING_PLAN_REVISION, SUSPENSION,
    /** 延期: a new construction end, later than the one in force (ADR 0022). */
    CONSTRUCTION_EXTENSION,
    /** An acceptance request despite a checklist that is not READY, with the reason for overriding it (ADR 0022). */
    ACCEPTANCE_OVERRIDE
}
