package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The panel's scores of a round, the latest per platform and item (a later score replaces an earlier one for the
 * result; both stay in the round's history). Part of {@link EvaluationRound}: it folds the round's
 * PanelScoreRecordedEvents (assignments only) and answers what a proposal needs.
 */
final class PanelScores {

    private final Map<String, Map<String, Integer>> byPlatform = new HashMap<>();

    void recorded(String platformId, String itemCode, int centipoints) {
        byPlatform.computeIfAbsent(platformId, p -> new HashMap<>()).put(itemCode, centipoints);
    }

    /** The platforms that have at least one score. */
    Set<String> platforms() {
        return byPlatform.keySet();
    }

    /** The first PANEL item of the scheme the platform has no score for, if any. */
    Optional<SchemeItem> firstMissing(String platformId, EvaluationScheme scheme) {
        Map<String, Integer> scores = byPlatform.getOrDefault(platformId, Map.of());
        return scheme.itemsOf(ItemKind.PANEL).stream().filter(i -> !scores.containsKey(i.code())).findFirst();
    }

    /** The platform's panel scores in the scheme's order; every PANEL item must be scored ({@link #firstMissing}). */
    List<ItemScore> of(String platformId, EvaluationScheme scheme) {
        Map<String, Integer> scores = byPlatform.get(platformId);
        return scheme.itemsOf(ItemKind.PANEL).stream().map(i -> new ItemScore(i.code(), scores.get(i.code())))
                .toList();
    }
}
