package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.ProposalKind;

import java.time.Instant;

/** One element of the query API's {@code GET /api/v1/platforms/{id}/proposals}: a four-eyes proposal. */
public record ProposalView(String platformId, String proposalId, ProposalKind kind, String status, String proposedBy,
                           Instant proposedAt, String summary, String decidedBy, Instant decidedAt, String eventId) {

    public static final String PENDING = "PENDING";

    public boolean pending() {
        return PENDING.equals(status);
    }
}
