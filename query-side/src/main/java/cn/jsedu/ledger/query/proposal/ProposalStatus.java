package cn.jsedu.ledger.query.proposal;

/** What became of a four-eyes proposal: waiting for a second administrator, approved, or withdrawn. */
public enum ProposalStatus {
    PENDING, APPROVED, WITHDRAWN
}
