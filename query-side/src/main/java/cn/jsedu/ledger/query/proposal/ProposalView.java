package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.platform.ProposalKind;

import java.time.Instant;

/** A four-eyes proposal: what, by whom, and whether it is still waiting for a second administrator. */
public record ProposalView(String platformId, String proposalId, ProposalKind kind, ProposalStatus status,
                           String proposedBy, Instant proposedAt, String summary, String decidedBy, Instant decidedAt,
                           String eventId) {
}
