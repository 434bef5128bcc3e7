package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.query.round.ObjectiveReconciliation;
import cn.jsedu.ledger.query.round.ObjectiveReconciliationView;
import cn.jsedu.ledger.query.round.ProposalRow;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.query.round.RoundRow;
import cn.jsedu.ledger.query.round.RoundStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every published evaluation round's objective scores against the same scores recomputed from the ledger as of the
 * round's reference date, as known at the proposal's knownAt ({@link ObjectiveReconciliation}, ADR 0026): the
 * command side took them from its client, so a difference is a disagreement of kind
 * {@link Disagreement.Kind#EVALUATION_ROUND} — the published figure as {@code readModel}, the recomputed one as
 * {@code fromEvents} ({@code absent} if the platform was not approved as known then). As known at a fixed instant
 * the recomputation never changes, so a standing disagreement is a real one, never a lag.
 */
@Component
public class PublishedRoundsCheck {

    private final RoundQueries rounds;
    private final ObjectiveReconciliation reconciliation;

    public PublishedRoundsCheck(RoundQueries rounds, ObjectiveReconciliation reconciliation) {
        this.rounds = rounds;
        this.reconciliation = reconciliation;
    }

    public List<Disagreement> disagreements(Instant checkedAt) {
        List<Disagreement> found = new ArrayList<>();
        for (RoundRow round : rounds.inStatus(RoundStatus.PUBLISHED)) {
            Optional<ProposalRow> published = rounds.published(round);
            if (published.isEmpty()) {
                continue;
            }
            ObjectiveReconciliationView view = reconciliation.check(round, published.get());
            for (ObjectiveReconciliationView.Mismatch m : view.mismatches()) {
                found.add(new Disagreement(m.platformId(), Disagreement.Kind.EVALUATION_ROUND,
                        "evaluationRound[" + round.roundId() + "]." + m.itemCode(), text(m.proposed()),
                        text(m.recomputed()), checkedAt));
            }
        }
        return found;
    }

    private static String text(Integer centipoints) {
        return centipoints == null ? Disagreement.ABSENT : centipoints.toString();
    }
}
