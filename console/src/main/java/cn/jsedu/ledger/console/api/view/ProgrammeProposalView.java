package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One element of the query API's {@code GET /api/v1/programmes/{id}/proposals}: the programme's establishment or a rule
 * change, pending, approved or withdrawn. A rule change carries what it would set ({@code changes}, each value as the
 * API writes it), from when, why and on which decision.
 */
public record ProgrammeProposalView(String programmeId, String proposalId, String kind, String status,
                                    String proposedBy, Instant proposedAt, LocalDate effectiveFrom,
                                    Map<String, String> changes, String reason, String decisionRef, String summary,
                                    String decidedBy, Instant decidedAt, String eventId) {

    /** A rule change still waiting for a second administrator. */
    public boolean pendingRuleChange() {
        return "PARAMETER_CHANGE".equals(kind) && "PENDING".equals(status);
    }
}
