package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A round in full ({@link RoundDetailView}): its panel scores, what is missing while it is open, its pending proposal,
 * its published results and the reconciliation of the objective scores proposed or published.
 */
@Service
public class RoundDetails {

    private final RoundQueries rounds;
    private final PlatformQueries platforms;
    private final ObjectiveReconciliation reconciliation;
    private final MissingPanelScores missingScores;

    public RoundDetails(RoundQueries rounds, PlatformQueries platforms, ObjectiveReconciliation reconciliation,
                        MissingPanelScores missingScores) {
        this.rounds = rounds;
        this.platforms = platforms;
        this.reconciliation = reconciliation;
        this.missingScores = missingScores;
    }

    public RoundDetailView of(RoundRow round) {
        List<PanelScoreView> scores = rounds.latestPanelScores(round.roundId());
        List<MissingPanelScore> missing = round.status() == RoundStatus.OPEN ? missingScores.of(round, scores) : List.of();
        Optional<ProposalRow> pending = round.status() == RoundStatus.PROPOSED ? rounds.pending(round.roundId())
                : Optional.empty();
        Optional<ProposalRow> published = rounds.published(round);
        Optional<ProposalRow> reconciled = published.isPresent() ? published : pending;
        return new RoundDetailView(round.roundId(), round.programmeId(), round.kind(), round.kind().chineseName(),
                round.year(), round.batch(), round.referenceDate(), round.schemeId(), round.schemeVersion(),
                round.status(), round.openedBy(), round.openedAt(), round.publishedAt(), round.version(), scores,
                missing,
                pending.map(p -> new PendingProposalView(p.proposalId(), p.proposedBy(), p.proposedAt(), p.knownAt(),
                        named(results(p)), p.rewardAmount(), p.failedDecision(), p.reductionAmount(), p.decidedOn())).orElse(null),
                published.map(RoundDetails::results).map(this::named).orElse(List.of()),
                reconciled.map(p -> reconciliation.check(round, p)).orElse(null));
    }

    /** The published results with titles, best first; empty if the round is not published. */
    public List<RoundResultView> publishedResults(RoundRow round) {
        return rounds.published(round).map(RoundDetails::results).map(this::named).orElse(List.of());
    }

    private static List<EvaluationResult> results(ProposalRow proposal) {
        return proposal.results().stream().sorted(Comparator.comparingInt(EvaluationResult::rank)
                .thenComparing(EvaluationResult::platformId)).toList();
    }

    private List<RoundResultView> named(List<EvaluationResult> results) {
        return results.stream().map(r -> {
            Optional<PlatformRow> row = platforms.find(r.platformId());
            return new RoundResultView(r.rank(), r.platformId(), row.map(PlatformRow::title).orElse(null),
                    row.map(PlatformRow::collegeName).orElse(null), r.objective(), r.panel(),
                    r.objectiveCentipoints(), r.panelCentipoints(), r.totalCentipoints(), r.grade(),
                    r.grade().chineseName());
        }).toList();
    }
}
