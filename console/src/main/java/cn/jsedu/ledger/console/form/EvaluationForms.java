package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.view.EvaluationRankingView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation rounds' forms (ADR 0026) made into the command API's bodies: opening a round, a panel score typed in
 * points as people write them ({@code 22.5}, {@code ２２．５}) sent as the API's centipoints, and the proposal to
 * publish, whose objective scores are the query API's ranking at the round's reference date, sent with the
 * {@code knownAt} that ranking was computed for (the query side recomputes it as known then and compares). Whatever
 * cannot be read as meant is sent as typed: the API's refusal names the field, this class decides nothing the API
 * decides.
 */
public final class EvaluationForms {

    /** Platforms the command side refuses in a round whatever their scores (ended before the round was judged). */
    private static final Set<String> NOT_IN_A_ROUND = Set.of("REJECTED", "TERMINATED");

    private EvaluationForms() {
    }

    /** Whether a platform of the ranking in this status can be in a round (the command side decides again). */
    public static boolean roundCanHold(String status) {
        return !NOT_IN_A_ROUND.contains(status);
    }

    static Map<String, Object> openRound(String programmeId, String kind, String year, String batch,
                                         String referenceDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", blankToNull(programmeId));
        body.put("kind", blankToNull(kind));
        body.put("year", whole(year));
        body.put("batch", whole(batch));
        body.put("referenceDate", blankToNull(referenceDate));
        return body;
    }

    static Map<String, Object> panelScore(String platformId, String itemCode, String points, String remarks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platformId", blankToNull(platformId));
        body.put("itemCode", blankToNull(itemCode));
        body.put("centipoints", centipoints(points));
        body.put("remarks", blankToNull(remarks));
        return body;
    }

    /**
     * Points typed with at most two decimals as centipoints (22.5 → 2250); anything else as typed (null if blank), so
     * the API names {@code centipoints} in its refusal.
     */
    static Object centipoints(String points) {
        if (points == null || points.isBlank()) {
            return null;
        }
        String plain = TypedNumbers.plain(points);
        if (!plain.matches("-?[0-9]{1,6}(\\.[0-9]{0,2})?")) {
            return plain;
        }
        return new BigDecimal(plain).movePointRight(2).intValueExact();
    }

    /**
     * The publication's body: one result per platform of the ranking that a round can hold, its objective items as
     * the ranking scored them, and the ranking's {@code knownAt}; the rewards and the decision for a failed platform
     * as typed, and the date of those decisions.
     */
    static Map<String, Object> publication(EvaluationRankingView ranking, String rewardAmount, String failedDecision,
                                           String reductionAmount, String decidedOn) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (EvaluationRankingView.Row row : ranking.rows()) {
            if (row.scores() == null || !roundCanHold(row.scores().status())) {
                continue;
            }
            List<Map<String, Object>> objective = new ArrayList<>();
            for (EvaluationRankingView.Item item : row.scores().items()) {
                Map<String, Object> score = new LinkedHashMap<>();
                score.put("code", item.code());
                score.put("centipoints", item.centipoints());
                objective.add(score);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("platformId", row.scores().platformId());
            result.put("objective", objective);
            results.add(result);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("knownAt", ranking.knownAt() == null ? null : ranking.knownAt().toString());
        body.put("results", results);
        body.put("rewardAmount", money(rewardAmount));
        body.put("failedDecision", blankToNull(failedDecision));
        body.put("reductionAmount", money(reductionAmount));
        // the date of the decisions the grades lead to; none: the day of the approval (the command side's default)
        body.put("decidedOn", blankToNull(decidedOn));
        return body;
    }

    private static Object whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = TypedNumbers.plain(typed);
        return plain.matches("[0-9]{1,9}") ? (Object) Integer.valueOf(plain) : typed.strip();
    }

    private static String money(String typed) {
        return typed == null || typed.isBlank() ? null : TypedNumbers.plain(typed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
