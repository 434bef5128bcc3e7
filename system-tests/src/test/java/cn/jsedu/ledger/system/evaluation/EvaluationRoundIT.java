package cn.jsedu.ledger.system.evaluation;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An evaluation round through both APIs, end to end (ADR 0026): a programme of this test's own (batch 1 from 2024, so
 * that today lies in its platforms' settlement window and the decisions a publication proposes can be recorded),
 * three platforms built to land in three grades, a round opened, the panel's scores recorded (one corrected), the
 * results proposed from the query API's ranking with its knownAt, refused to the proposer (four eyes), approved by
 * the other administrator, refused a second time (409). Then the query side: the round published with grades and
 * ranks, each platform's history and evaluation results, the decisions proposed on the excellent and the failed
 * platform (pending, approvable by another administrator than the one who proposed them), and the reconciliation of
 * the proposed objective scores, which still matches after a correction recorded after the proposal's knownAt (the
 * recomputation is as known at that instant).
 *
 * <p>Judged as of today. R-1 has all its money in place (a third from enterprises), four fifths spent, its task book
 * met and every half-year report submitted: 50 objective points, with the panel's 50 优秀. R-2 has 26,000,000.00 in
 * place, nothing spent, no report: some 17 to 22 points, with the panel's 50 合格. R-3 has nothing: 不合格. R-2 has only its provincial money; R-3 nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationRoundIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAMME = "ROUNDS-IT";
    private static final String R1 = "ROUND-R1";
    private static final String R2 = "ROUND-R2";
    private static final String R3 = "ROUND-R3";
    /**
     * Judged as of today: an answer as of a reference date counts the reports and indicator actuals submitted by then,
     * and this test records them today.
     */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String ROUND = "EVAL-" + PROGRAMME + "-" + TODAY.getYear() + "-ANNUAL-ALL";
    private static final String ALL_MET = """
            [{"code":"T1-CORE-MODULES","value":"10"},{"code":"T2-PRACTICE-POSITIONS","value":"210"},
             {"code":"T3-INDUSTRY-MENTORS","value":"30"},{"code":"T4-MODULAR-COURSES","value":"12"},
             {"code":"T5-FOUR-TECH-REVENUE","value":"1500000.00"},{"code":"T6-CREDIT-BANK","value":"true"},
             {"code":"T7-INDUSTRY-COLLEGES","value":"2"}]""";

    private static LedgerSystem ledger;
    private static Commands commands;
    private static Api admin1;
    private static Api admin2;
    private static String proposalId;
    private static String knownAt;
    /** The knownAt of the proposal that was published (a later attempt reads the ranking again). */
    private static String publishedKnownAt;
    private static JsonNode ranking;

    @BeforeAll
    static void aProgrammeOfThreePlatformsAndAnOpenRound() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        admin1 = ledger.commands.as("admin1");
        admin2 = ledger.commands.as("admin2");
        String establishment = expect(admin1.post("/api/v1/programmes", """
                {"programmeId":"%s","name":"测试评价计划","parameters":{"batchStartYears":{"1":2024}},
                 "reason":"绩效评价系统测试","decisionRef":"苏教职〔2024〕11号"}""".formatted(PROGRAMME)), 202)
                .json().path("entryId").asText();
        expect(admin2.post("/api/v1/programmes/" + PROGRAMME + "/proposals/" + establishment + "/approval", "{}"), 200);

        platform(R1, "8600011001");
        platform(R2, "8600011002");
        platform(R3, "8600011003");
        commands.taskBook(R1);
        commands.installment(R1, "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2024-04-01");
        commands.installment(R1, "I-2", "COLLEGE", "10000000.00", "2024-04-02");
        commands.contribution(R1, "C-1", "E1", "CASH", "6000000.00", "2024-04-15");
        commands.contribution(R1, "C-2", "E2", "CASH", "4000000.00", "2024-04-16");
        commands.expenditure(R1, "X-1", "PROVINCIAL_FINANCE", null, "9000000.00", "2024-05-01");
        commands.expenditure(R1, "X-2", "COLLEGE", null, "9000000.00", "2024-05-02");
        commands.expenditure(R1, "X-3", "ENTERPRISE", "E1", "6000000.00", "2024-05-03");
        long r1 = 0;
        // every half-year of the construction period (2024-03-01 to 2027-03-01) ended before today
        for (int year = 2024; year <= Math.min(TODAY.getYear(), 2027); year++) {
            for (int half = 1; half <= 2; half++) {
                LocalDate end = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
                if (end.isBefore(TODAY) && end.isBefore(LocalDate.of(2027, 7, 1))) {
                    r1 = commands.report(R1, year + "H" + half, 100, ALL_MET, "[]");
                }
            }
        }
        commands.installment(R2, "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2024-04-01");
        commands.installment(R2, "I-2", "COLLEGE", "10000000.00", "2024-04-02");
        long r2 = commands.contribution(R2, "C-1", "E1", "CASH", "6000000.00", "2024-04-15");
        expect(ledger.queries.get("/api/v1/platforms/" + R1 + "?minVersion=" + r1), 200);
        expect(ledger.queries.get("/api/v1/platforms/" + R2 + "?minVersion=" + r2), 200);

        Api.Response opened = admin1.post("/api/v1/evaluation-rounds", """
                {"programmeId":"%s","kind":"ANNUAL","year":%d,"referenceDate":"%s"}"""
                .formatted(PROGRAMME, TODAY.getYear(), TODAY));
        assertThat(expect(opened, 201).json().path("entryId").asText()).isEqualTo(ROUND);
    }

    /** Declared in the programme, approved for batch 1 from 2024-03-01, the agreement signed (both enterprises cash). */
    private static void platform(String id, String college) {
        expect(commands.declare(id, college, """
                {"platformId":"%s","programmeId":"%s","college":{"code":"%s","name":"测试职业技术学院","city":"无锡市"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"产教融合集成平台 %s",
                 "enterprises":[{"partyId":"E1","name":"甲企业","creditCode":"%s"},{"partyId":"E2","name":"乙企业","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2024,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2024,"amount":"6000000.00"},
                         {"source":"ENTERPRISE","partyId":"E2","year":2025,"amount":"4000000.00"},
                         {"source":"COLLEGE","year":2025,"amount":"10000000.00"}]}"""
                .formatted(id, PROGRAMME, college, id, Commands.E1_CODE, Commands.E2_CODE)), 201);
        expect(admin1.post("/api/v1/platforms/" + id + "/approval", """
                {"batch":1,"constructionStart":"2024-03-01","decisionRef":"苏教职〔2024〕12号"}"""), 200);
        expect(commands.college(id).post("/api/v1/platforms/" + id + "/agreements", """
                {"agreementId":"A-1","signedOn":"2024-03-10","termsRef":"共建协议-1",
                 "parties":[{"partyId":"E1","name":"甲企业","creditCode":"%s","role":"ENTERPRISE"},
                            {"partyId":"E2","name":"乙企业","creditCode":"%s","role":"ENTERPRISE"}],
                 "pledges":[{"partyId":"E1","source":"ENTERPRISE","form":"CASH","amount":"6000000.00"},
                            {"partyId":"E2","source":"ENTERPRISE","form":"CASH","amount":"4000000.00"}]}"""
                .formatted(Commands.E1_CODE, Commands.E2_CODE)), 201);
    }

    private static Api.Response score(Api as, String platformId, String item, int centipoints) {
        return as.post("/api/v1/evaluation-rounds/" + ROUND + "/panel-scores", """
                {"platformId":"%s","itemCode":"%s","centipoints":%d,"remarks":"专家组评议：%s"}"""
                .formatted(platformId, item, centipoints, platformId));
    }

    private static JsonNode round() {
        return expect(ledger.queries.as("auditor").get("/api/v1/evaluation-rounds/" + ROUND), 200).json();
    }

    @Test
    @Order(1)
    void onlyAnAdministratorOpensAndScoresAndAPanelScoreIsAPanelItemWithinItsPoints() {
        Api.Response college = ledger.commands.as("college-8600011001").post("/api/v1/evaluation-rounds", """
                {"programmeId":"%s","kind":"MIDTERM","year":2024,"referenceDate":"2024-09-01"}""".formatted(PROGRAMME));
        assertThat(college.status()).as(college.toString()).isEqualTo(403);
        assertThat(ledger.commands.as("finance").post("/api/v1/evaluation-rounds", "{}").status()).isEqualTo(403);
        Api.Response again = admin2.post("/api/v1/evaluation-rounds", """
                {"programmeId":"%s","kind":"ANNUAL","year":%d,"referenceDate":"%s"}"""
                .formatted(PROGRAMME, TODAY.getYear(), TODAY));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ROUND_ID_TAKEN");
        Api.Response outsideTheYear = admin1.post("/api/v1/evaluation-rounds", """
                {"programmeId":"%s","kind":"MIDTERM","year":2024,"referenceDate":"2025-01-01"}""".formatted(PROGRAMME));
        assertThat(outsideTheYear.status()).isEqualTo(400);
        assertThat(outsideTheYear.body()).contains("referenceDate");

        Api.Response objectiveItem = score(admin1, R1, "FUNDS_IN_PLACE", 1000);
        assertThat(objectiveItem.status()).as(objectiveItem.toString()).isEqualTo(422);
        assertThat(objectiveItem.code()).isEqualTo("NOT_A_PANEL_ITEM");
        Api.Response tooMany = score(admin1, R1, "PANEL_CONSTRUCTION_QUALITY", 2501);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.code()).isEqualTo("PANEL_SCORE_OUT_OF_RANGE");
        assertThat(tooMany.body()).contains("centipoints");
        assertThat(score(ledger.commands.as("college-8600011001"), R1, "PANEL_CONSTRUCTION_QUALITY", 2000).status())
                .isEqualTo(403);
        assertThat(score(admin1, "ROUND-NOT-HERE", "PANEL_CONSTRUCTION_QUALITY", 2000).status()).isEqualTo(422);

        expect(score(admin1, R1, "PANEL_CONSTRUCTION_QUALITY", 2500), 201);
        expect(score(admin2, R1, "PANEL_SERVICE_AND_INNOVATION", 2500), 201);
        expect(score(admin1, R2, "PANEL_CONSTRUCTION_QUALITY", 2500), 201);
        expect(score(admin1, R2, "PANEL_SERVICE_AND_INNOVATION", 2500), 201);
        expect(score(admin1, R3, "PANEL_CONSTRUCTION_QUALITY", 900), 201);
        // corrected: the later score is the one the result takes
        expect(score(admin1, R3, "PANEL_CONSTRUCTION_QUALITY", 1000), 201);

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> round().path("panelScores").size() == 5);
        JsonNode round = round();
        assertThat(round.path("status").asText()).isEqualTo("OPEN");
        assertThat(round.path("missingPanelScores").toString()).isEqualTo(
                "[{\"platformId\":\"" + R3 + "\",\"itemCode\":\"PANEL_SERVICE_AND_INNOVATION\"}]");
        assertThat(ledger.queries.as("college-8600011001").get("/api/v1/evaluation-rounds/" + ROUND).status())
                .isEqualTo(403);
        expect(score(admin1, R3, "PANEL_SERVICE_AND_INNOVATION", 1000), 201);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> round().path("missingPanelScores").isEmpty());
        for (JsonNode score : round().path("panelScores")) {
            if (score.path("platformId").asText().equals(R3) && score.path("itemCode").asText().equals("PANEL_CONSTRUCTION_QUALITY")) {
                assertThat(score.path("centipoints").asInt()).isEqualTo(1000);
            }
        }
    }

    /** The publication's body from the ranking, as the console builds it. */
    private static String publication(String failedDecision, String reduction) {
        ranking = expect(ledger.queries.as("admin1").get("/api/v1/programmes/" + PROGRAMME
                + "/evaluation-ranking?referenceDate=" + TODAY), 200).json();
        knownAt = ranking.path("knownAt").asText();
        ObjectNode body = JSON.createObjectNode();
        body.put("knownAt", knownAt);
        ArrayNode results = body.putArray("results");
        for (JsonNode row : ranking.path("rows")) {
            ObjectNode result = results.addObject();
            result.put("platformId", row.path("scores").path("platformId").asText());
            ArrayNode objective = result.putArray("objective");
            row.path("scores").path("items").forEach(i -> objective.addObject().put("code", i.path("code").asText())
                    .put("centipoints", i.path("centipoints").asInt()));
        }
        body.put("rewardAmount", "500000.00");
        body.put("failedDecision", failedDecision);
        if (reduction != null) {
            body.put("reductionAmount", reduction);
        }
        return body.toString();
    }

    @Test
    @Order(2)
    void theResultsAreProposedByOneAdministratorAndPublishedByAnotherOnce() {
        Api.Response withoutAmount = admin1.post("/api/v1/evaluation-rounds/" + ROUND + "/publication",
                publication("REDUCE_SUPPORT", null));
        assertThat(withoutAmount.status()).as(withoutAmount.toString()).isIn(400, 422);
        assertThat(withoutAmount.body()).contains("reductionAmount");

        Api.Response proposed = admin1.post("/api/v1/evaluation-rounds/" + ROUND + "/publication",
                publication("REDUCE_SUPPORT", "1000000.00"));
        proposalId = expect(proposed, 202).json().path("entryId").asText();
        publishedKnownAt = knownAt;
        assertThat(ranking.path("rows").findValuesAsText("platformId")).containsExactlyInAnyOrder(R1, R2, R3);

        Api.Response scoreAfterProposal = score(admin1, R1, "PANEL_CONSTRUCTION_QUALITY", 2400);
        assertThat(scoreAfterProposal.status()).isEqualTo(409);
        assertThat(scoreAfterProposal.code()).isEqualTo("ROUND_NOT_OPEN");

        Api.Response own = admin1.post("/api/v1/evaluation-rounds/" + ROUND + "/proposals/" + proposalId
                + "/approval", "{}");
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.code()).isEqualTo("FOUR_EYES_REQUIRED");

        // recorded after the proposal's knownAt: the scores as known then do not change
        commands.provincialCorrection(R2, "ADJ-1", "I-1", "5000000.00");

        expect(admin2.post("/api/v1/evaluation-rounds/" + ROUND + "/proposals/" + proposalId + "/approval", "{}"), 200);
        Api.Response twice = admin2.post("/api/v1/evaluation-rounds/" + ROUND + "/proposals/" + proposalId
                + "/approval", "{}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ROUND_ALREADY_PUBLISHED");
        Api.Response republish = admin1.post("/api/v1/evaluation-rounds/" + ROUND + "/publication",
                publication("WITHDRAW_KEY_SUPPORT", null));
        assertThat(republish.status()).as(republish.toString()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void thePublishedRoundGradesAndRanksEachPlatformAndItsObjectiveScoresReconcileAsKnownAtTheProposal() {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> round().path("status").asText().equals("PUBLISHED"));
        JsonNode round = round();
        Map<String, JsonNode> results = new HashMap<>();
        round.path("results").forEach(r -> results.put(r.path("platformId").asText(), r));
        assertThat(results.get(R1).path("grade").asText()).as(ranking.toString()).isEqualTo("EXCELLENT");
        assertThat(results.get(R1).path("gradeZh").asText()).isEqualTo("优秀");
        int objective = objective(ranking, R1);
        assertThat(objective).as("everything in place, spent, met and reported").isGreaterThanOrEqualTo(4000);
        assertThat(results.get(R1).path("objectiveCentipoints").asInt()).isEqualTo(objective);
        assertThat(results.get(R1).path("panelCentipoints").asInt()).isEqualTo(5000);
        assertThat(results.get(R1).path("totalCentipoints").asInt()).isEqualTo(objective + 5000);
        assertThat(results.get(R2).path("grade").asText()).isEqualTo("PASSED");
        assertThat(results.get(R3).path("grade").asText()).isEqualTo("FAILED");
        assertThat(results.get(R3).path("panelCentipoints").asInt()).as("the corrected score").isEqualTo(2000);
        List<Integer> ranks = new ArrayList<>();
        for (String id : List.of(R1, R2, R3)) {
            ranks.add(results.get(id).path("rank").asInt());
        }
        assertThat(ranks).containsExactly(1, 2, 3);
        assertThat(round.path("pendingProposal").isNull() || round.path("pendingProposal").isMissingNode()).isTrue();

        assertThat(round.path("reconciliation").path("matches").asBoolean()).as(round.path("reconciliation").toString())
                .isTrue();
        assertThat(round.path("reconciliation").path("mismatches")).isEmpty();
        JsonNode now = expect(ledger.queries.as("admin1").get("/api/v1/programmes/" + PROGRAMME
                + "/evaluation-ranking?referenceDate=" + TODAY), 200).json();
        assertThat(objective(now, R2)).as("as known now the correction counts")
                .isLessThan(results.get(R2).path("objectiveCentipoints").asInt());

        Api.Response xlsx = ledger.queries.as("finance").get("/api/v1/evaluation-rounds/" + ROUND + "/results.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.raw().headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }

    private static int objective(JsonNode ranking, String platformId) {
        for (JsonNode row : ranking.path("rows")) {
            if (row.path("scores").path("platformId").asText().equals(platformId)) {
                return row.path("scores").path("objectiveCentipoints").asInt();
            }
        }
        throw new AssertionError(platformId + " not ranked: " + ranking);
    }

    @Test
    @Order(4)
    void eachPlatformsHistoryAndResultsHoldItsPublishedResult() {
        Api college = ledger.queries.as("college-8600011001");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> expect(college
                .get("/api/v1/platforms/" + R1 + "/evaluation-results"), 200).json().path("results").size() == 1);
        JsonNode result = expect(college.get("/api/v1/platforms/" + R1 + "/evaluation-results"), 200)
                .json().path("results").get(0);
        assertThat(result.path("roundId").asText()).isEqualTo(ROUND);
        assertThat(result.path("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(result.path("year").asInt()).isEqualTo(TODAY.getYear());
        assertThat(result.path("rank").asInt()).isEqualTo(1);
        assertThat(result.path("roundSize").asInt()).isEqualTo(3);
        assertThat(result.path("knownAt").asText()).isEqualTo(publishedKnownAt);
        assertThat(college.get("/api/v1/platforms/" + R2 + "/evaluation-results").status())
                .as("another college's platform").isEqualTo(404);

        JsonNode history = expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + R3 + "/history"), 200).json();
        List<String> types = history.findValuesAsText("type");
        assertThat(types).contains("EvaluationPublishedEvent", "DecisionProposedEvent");
        assertThat(types.indexOf("EvaluationPublishedEvent")).isLessThan(types.lastIndexOf("DecisionProposedEvent"));
    }

    @Test
    @Order(5)
    void theExcellentAndTheFailedPlatformHaveTheirDecisionProposedForAnotherAdministratorToApprove() {
        JsonNode reward = pendingDecision(R1);
        assertThat(reward.toString()).contains("REWARD", "500000.00", ROUND);
        JsonNode reduction = pendingDecision(R3);
        assertThat(reduction.toString()).contains("REDUCE_SUPPORT", "1000000.00");
        assertThat(ledger.queries.as("auditor").get("/api/v1/platforms/" + R2 + "/proposals").body())
                .as("a passed platform gets no decision").doesNotContain(ROUND);

        // proposed by the approver of the publication: the other administrator approves the decision
        String path = "/api/v1/platforms/" + R1 + "/proposals/" + reward.path("proposalId").asText() + "/approval";
        Api.Response byItsProposer = admin2.post(path, "{}");
        assertThat(byItsProposer.status()).as(byItsProposer.toString()).isEqualTo(403);
        long decided = expect(admin1.post(path, "{}"), 200).version();
        JsonNode platform = expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + R1 + "?minVersion="
                + decided), 200).json();
        assertThat(platform.path("decisions").toString()).contains("REWARD", "500000.00");
    }

    private static JsonNode pendingDecision(String platformId) {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> pending(platformId) != null);
        return pending(platformId);
    }

    private static JsonNode pending(String platformId) {
        for (JsonNode p : expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + platformId + "/proposals"), 200)
                .json()) {
            if ("PENDING".equals(p.path("status").asText()) && p.toString().contains(ROUND)) {
                return p;
            }
        }
        return null;
    }
}
