package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A round's results from each platform's objective and panel scores: the sums, the total, the grade the scheme gives
 * it, and the rank, best first, equal totals sharing a rank (1, 2, 2, 4) and listed by platform id, so the proposal's
 * bytes do not depend on the order the client sent. Integer centipoints throughout: no rounding anywhere.
 */
final class RoundResults {

    /** One platform's scores, items in the scheme's order. */
    record Scored(String platformId, List<ItemScore> objective, List<ItemScore> panel) {
    }

    private RoundResults() {
    }

    static List<EvaluationResult> ranked(List<Scored> scored, EvaluationScheme scheme) {
        List<Scored> order = new ArrayList<>(scored);
        order.sort(Comparator.comparingInt((Scored s) -> -total(s)).thenComparing(Scored::platformId));
        List<EvaluationResult> results = new ArrayList<>();
        int rank = 0;
        int previousTotal = -1;
        for (int i = 0; i < order.size(); i++) {
            Scored s = order.get(i);
            int objective = sum(s.objective());
            int panel = sum(s.panel());
            int total = objective + panel;
            if (total != previousTotal) {
                rank = i + 1;
                previousTotal = total;
            }
            results.add(new EvaluationResult(s.platformId(), s.objective(), s.panel(), objective, panel, total,
                    scheme.grade(total), rank));
        }
        return results;
    }

    private static int total(Scored s) {
        return sum(s.objective()) + sum(s.panel());
    }

    private static int sum(List<ItemScore> scores) {
        return scores.stream().mapToInt(ItemScore::centipoints).sum();
    }
}
