package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.RoundKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One round in full: the list's fields, the panel's latest scores, what is still to score while it is open, the
 * pending proposal (null if none), the results once published, and the reconciliation of the proposed (or published)
 * objective scores (null while nothing is proposed).
 */
public record RoundDetailView(String roundId, String programmeId, RoundKind kind, String kindZh, int year,
                              Integer batch, LocalDate referenceDate, String schemeId, int schemeVersion,
                              RoundStatus status, String openedBy, Instant openedAt, Instant publishedAt, long version,
                              List<PanelScoreView> panelScores, List<MissingPanelScore> missingPanelScores,
                              PendingProposalView pendingProposal, List<RoundResultView> results,
                              ObjectiveReconciliationView reconciliation) {

    public RoundDetailView {
        panelScores = List.copyOf(panelScores);
        missingPanelScores = List.copyOf(missingPanelScores);
        results = List.copyOf(results);
    }
}
