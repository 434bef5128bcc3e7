package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.demo.PlatformScript.ADMIN;
import static cn.jsedu.ledger.demo.PlatformScript.body;

/**
 * The demo's evaluation round (ADR 0026): the mid-term inspection (中期检查) of the default programme's third batch,
 * judged as of 1 September 2022, halfway through its construction period (1 March 2021 to 1 March 2024). The first
 * administrator opens it and records the panel's scores, proposes the results from the query side's ranking, and the
 * second administrator approves them, so the round ends published with a grade on each platform.
 *
 * <p>Every grade lies between 合格 and 良好 on purpose, so the round proposes no decision: an 优秀 or 不合格 result
 * proposes one on the platform, dated by the publication's {@code decidedOn} (default the day of the approval), and
 * the third batch's decisions may be dated only until 24 months after its construction ended (1 March 2026); a
 * decision the platform refuses refuses the whole publication. The panel's points bring
 * each platform's total to a target between 70.00 and 88.00 points, at most 25 points per panel item.
 */
final class EvaluationScript {

    static final String ROUND_ID = "EVAL-" + ProgrammeScript.DEFAULT_PROGRAMME + "-2022-MIDTERM-B3";
    static final int BATCH = 3;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2022, 9, 1);
    static final String APPROVER = "admin2";
    /** A platform whose objective points are below this cannot reach 合格 (60) with the panel's 50: left out. */
    static final int LOWEST_OBJECTIVE = 1_000;
    private static final int PANEL_ITEM_FULL = 2_500;

    private EvaluationScript() {
    }

    /** Opening the round, as the first administrator. */
    static Step open() {
        return new Step(ADMIN, "/api/v1/evaluation-rounds", body("roundId", ROUND_ID,
                "programmeId", ProgrammeScript.DEFAULT_PROGRAMME, "kind", "MIDTERM", "year", 2022, "batch", BATCH,
                "referenceDate", REFERENCE_DATE), Step.KEY_PREFIX + "round:" + ROUND_ID + ":open", false);
    }

    /** Where the ranking the proposal publishes is read (the query API, as known now). */
    static String rankingPath() {
        return "/api/v1/programmes/" + ProgrammeScript.DEFAULT_PROGRAMME + "/evaluation-ranking?referenceDate="
                + REFERENCE_DATE + "&batch=" + BATCH;
    }

    /** The total (centipoints) the panel brings platform {@code index} to: 70.00 to 88.00 points, by platform. */
    static int targetTotal(int index) {
        return 7_000 + (index * 7 % 19) * 100;
    }

    /** The panel's two scores for a platform of {@code objective} centipoints, whose target total is {@code target}. */
    static int[] panelScores(int objective, int target) {
        int panel = Math.max(0, Math.min(2 * PANEL_ITEM_FULL, target - objective));
        int quality = (panel + 1) / 2;
        return new int[] {quality, panel - quality};
    }

    /** One platform of the ranking the round publishes: its id, its number in the demo, its objective scores. */
    record Ranked(String platformId, int index, int objective, List<Map<String, Object>> items) {
    }

    /**
     * The platforms of the ranking the round can hold and publish: not terminated or rejected, and able to reach 合格.
     * {@code index} is the platform's number in the demo (JS-301 is 21), for its target.
     */
    static List<Ranked> publishable(JsonNode ranking) {
        List<Ranked> ranked = new ArrayList<>();
        for (JsonNode row : ranking.path("rows")) {
            JsonNode scores = row.path("scores");
            String status = scores.path("status").asText();
            int objective = scores.path("objectiveCentipoints").asInt();
            if (status.equals("TERMINATED") || status.equals("REJECTED") || objective < LOWEST_OBJECTIVE) {
                continue;
            }
            List<Map<String, Object>> items = new ArrayList<>();
            scores.path("items").forEach(i -> items.add(body("code", i.path("code").asText(),
                    "centipoints", i.path("centipoints").asInt())));
            String id = scores.path("platformId").asText();
            ranked.add(new Ranked(id, index(id), objective, items));
        }
        return ranked;
    }

    /** JS-301 → 21: the demo's numbering (ten per batch). */
    static int index(String platformId) {
        String digits = platformId.replaceAll("\\D", "");
        return digits.length() == 3 ? (digits.charAt(0) - '1') * 10 + Integer.parseInt(digits.substring(1)) : 0;
    }

    /** The panel's scores of each platform, as the first administrator, with the panel's remarks. */
    static List<Step> scores(List<Ranked> platforms) {
        List<Step> steps = new ArrayList<>();
        for (Ranked p : platforms) {
            int[] points = panelScores(p.objective(), targetTotal(p.index()));
            steps.add(score(p.platformId(), EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY, points[0],
                    "中期检查专家组：建设进度与任务书基本相符，实训条件建设成效明显。"));
            steps.add(score(p.platformId(), EvaluationSchemes.PANEL_SERVICE_AND_INNOVATION, points[1],
                    "中期检查专家组：面向区域产业开展培训与技术服务，特色初步显现。"));
        }
        return steps;
    }

    private static Step score(String platformId, String item, int centipoints, String remarks) {
        return new Step(ADMIN, "/api/v1/evaluation-rounds/" + ROUND_ID + "/panel-scores", body("platformId", platformId,
                "itemCode", item, "centipoints", centipoints, "remarks", remarks),
                Step.KEY_PREFIX + "round:" + ROUND_ID + ":score:" + platformId + ":" + item + ":" + centipoints, false);
    }

    /**
     * The proposal to publish, as the first administrator: the ranking's objective scores with the instant they were
     * computed for. Its key names that instant, so a later run (another ranking) never replays an older proposal.
     */
    static Step proposal(List<Ranked> platforms, String knownAt) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Ranked p : platforms) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("platformId", p.platformId());
            result.put("objective", p.items());
            results.add(result);
        }
        return new Step(ADMIN, "/api/v1/evaluation-rounds/" + ROUND_ID + "/publication", body("knownAt", knownAt,
                "results", results, "failedDecision", "WITHDRAW_KEY_SUPPORT"),
                Step.KEY_PREFIX + "round:" + ROUND_ID + ":publication:" + knownAt, false);
    }

    /** The second administrator's approval of the publication. */
    static Step approval(String proposalId) {
        return new Step(APPROVER, "/api/v1/evaluation-rounds/" + ROUND_ID + "/proposals/" + proposalId + "/approval",
                Map.of(), Step.KEY_PREFIX + "round:" + ROUND_ID + ":approval:" + proposalId, false);
    }
}
