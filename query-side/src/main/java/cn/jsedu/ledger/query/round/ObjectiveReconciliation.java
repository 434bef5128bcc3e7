package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.evaluation.EvaluationQueries;
import cn.jsedu.ledger.query.evaluation.ObjectiveScoresView;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command side takes the objective scores of a publication from its client (it holds no read model, ADR 0026):
 * this recomputes them with the same {@link EvaluationQueries} the ranking uses, as of the round's reference date and
 * as known at the proposal's {@code knownAt} — so corrections recorded later change nothing — and lists every item
 * that differs. A difference is shown on the round and in the reconciliation report, never silently accepted.
 */
@Service
public class ObjectiveReconciliation {

    private final EvaluationQueries evaluations;
    private final PlatformQueries platforms;

    public ObjectiveReconciliation(EvaluationQueries evaluations, PlatformQueries platforms) {
        this.evaluations = evaluations;
        this.platforms = platforms;
    }

    public ObjectiveReconciliationView check(RoundRow round, ProposalRow proposal) {
        EvaluationScheme scheme = round.scheme();
        List<SchemeItem> items = scheme.itemsOf(ItemKind.OBJECTIVE);
        List<ObjectiveReconciliationView.Mismatch> mismatches = new ArrayList<>();
        for (EvaluationResult result : proposal.results()) {
            Optional<PlatformRow> row = platforms.find(result.platformId());
            Optional<ObjectiveScoresView> recomputed = row.flatMap(r -> evaluations.platform(r, round.referenceDate(),
                    proposal.knownAt(), scheme));
            for (SchemeItem item : items) {
                Integer proposed = score(result.objective(), item.code());
                Integer again = recomputed.map(view -> view.items().stream()
                        .filter(i -> i.code().equals(item.code())).findFirst()
                        .map(cn.jsedu.ledger.query.evaluation.ItemScore::centipoints).orElse(null)).orElse(null);
                if (proposed == null || !proposed.equals(again)) {
                    mismatches.add(new ObjectiveReconciliationView.Mismatch(result.platformId(), item.code(), proposed,
                            again));
                }
            }
        }
        return new ObjectiveReconciliationView(proposal.proposalId(), round.referenceDate(), proposal.knownAt(),
                mismatches.isEmpty(), mismatches);
    }

    private static Integer score(List<ItemScore> scores, String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst().map(ItemScore::centipoints).orElse(null);
    }
}
