package cn.jsedu.ledger.kernel.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One platform's result in an evaluation round, as proposed for publication: the objective items' scores (computed by
 * the query side as of the round's reference date, as known at the proposal's {@code knownAt}), the panel's scores
 * (recorded on the round), their sums, the total and the grade the scheme gives it, and the platform's rank in the
 * round (best first, equal totals share a rank: 1, 2, 2, 4). Items are listed in the scheme's order, so the event's
 * bytes (and its hash) do not depend on a map's iteration order.
 */
public record EvaluationResult(String platformId, List<ItemScore> objective, List<ItemScore> panel,
                               int objectiveCentipoints, int panelCentipoints, int totalCentipoints, Grade grade,
                               int rank) {

    public EvaluationResult {
        Objects.requireNonNull(platformId, "platformId");
        objective = List.copyOf(objective);
        panel = List.copyOf(panel);
        Objects.requireNonNull(grade, "grade");
    }
}
