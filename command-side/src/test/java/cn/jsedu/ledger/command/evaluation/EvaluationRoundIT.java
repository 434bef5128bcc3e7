package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation rounds through the command API against the embedded PostgreSQL (ADR 0026): the approval of a
 * publication appends to the round and to every platform of its results in one transaction, with the decisions the
 * grades lead to proposed on the platforms (each still waiting for its own four eyes); a platform that refuses
 * fails the whole approval and nothing is committed.
 */
@CommandSideIntegrationTest
class EvaluationRoundIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String ROUNDS = "/api/v1/evaluation-rounds";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;

    /**
     * A programme whose one batch starts this year, so that a decision dated today (as the publication's are) lies in
     * its platforms' settlement window, whatever year the test runs in.
     */
    private String programmeStartingThisYear(Api api, String programmeId) {
        int year = LocalDate.now(CHINA).getYear();
        String proposal = expect(api.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"%s","name":"评价测试计划","parameters":{"batchStartYears":{"1":%d}}}"""
                .formatted(programmeId, year)), 202).json().path("entryId").asText();
        expect(api.as("admin2").post("/api/v1/programmes/" + programmeId + "/proposals/" + proposal + "/approval",
                "{}"), 200);
        return programmeId;
    }

    private static void platformIn(Api api, String programmeId, String platformId, String collegeCode) {
        int year = LocalDate.now(CHINA).getYear();
        expect(api.as("admin1").post("/api/v1/platforms", """
                {"platformId":"%s","programmeId":"%s","college":{"code":"%s","name":"无锡职业技术学院"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"智能制造产教融合集成平台",
                 "enterprises":[{"partyId":"E1","name":"无锡机床股份有限公司","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":%d,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":%d,"amount":"10000000.00"},
                         {"source":"COLLEGE","year":%d,"amount":"10000000.00"}]}"""
                .formatted(platformId, programmeId, collegeCode, Requests.E1_CODE, year, year, year + 1)), 201);
        expect(api.as("admin1").post("/api/v1/platforms/" + platformId + "/approval", """
                {"batch":1,"constructionStart":"%d-01-01","decisionRef":"苏教职〔%d〕1号"}""".formatted(year, year)), 200);
    }

    private static String open(Api api, String body) {
        return expect(api.as("admin1").post(ROUNDS, body), 201).json().path("entryId").asText();
    }

    private static void score(Api api, String roundId, String platformId, int quality, int service) {
        expect(api.as("admin1").post(ROUNDS + "/" + roundId + "/panel-scores", """
                {"platformId":"%s","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":%d,"remarks":"建设质量好"}"""
                .formatted(platformId, quality)), 201);
        expect(api.as("admin2").post(ROUNDS + "/" + roundId + "/panel-scores", """
                {"platformId":"%s","itemCode":"PANEL_SERVICE_AND_INNOVATION","centipoints":%d,"remarks":"服务贡献大"}"""
                .formatted(platformId, service)), 201);
    }

    /** The six objective items summing to {@code total} of at most 5000: the first items full, the rest what is left. */
    private static String objective(int total) {
        int[] full = {1_200, 800, 800, 1_200, 500, 500};
        String[] codes = {"FUNDS_IN_PLACE", "ENTERPRISE_SHARE", "EXECUTION", "TASK_INDICATORS", "REPORTS_SUBMITTED",
                "WORKSTATION_SHARE"};
        StringBuilder items = new StringBuilder("[");
        int left = total;
        for (int i = 0; i < codes.length; i++) {
            int points = Math.min(full[i], left);
            left -= points;
            items.append(i == 0 ? "" : ",").append("{\"code\":\"").append(codes[i]).append("\",\"centipoints\":")
                    .append(points).append('}');
        }
        return items.append(']').toString();
    }

    private static String results(String... platformsAndObjectiveTotals) {
        StringBuilder results = new StringBuilder("[");
        for (int i = 0; i < platformsAndObjectiveTotals.length; i += 2) {
            results.append(i == 0 ? "" : ",").append("{\"platformId\":\"").append(platformsAndObjectiveTotals[i])
                    .append("\",\"objective\":").append(objective(Integer.parseInt(platformsAndObjectiveTotals[i + 1])))
                    .append('}');
        }
        return results.append(']').toString();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private long events(String aggregateId, String type) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                Long.class, aggregateId, "%." + type);
    }

    /** The ids of the transactions that appended the aggregates' events of {@code type} (the superuser's view). */
    private List<String> transactionsOf(String type, String... aggregateIds) {
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        return List.of(aggregateIds).stream().map(id -> superuser.queryForObject("""
                SELECT tx_id::text FROM event_store.domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE ?""", String.class, id, "%." + type)).distinct().toList();
    }

    @Test
    void theApprovalPublishesTheRoundAndEveryPlatformInOneTransactionWithTheDecisionsProposed() throws Exception {
        Api api = new Api(port);
        String programme = programmeStartingThisYear(api, "ER-PROG-1");
        platformIn(api, programme, "ER1-A", "9770000001");
        platformIn(api, programme, "ER1-B", "9770000002");
        platformIn(api, programme, "ER1-C", "9770000003");
        int year = LocalDate.now(CHINA).getYear();
        String round = open(api, """
                {"programmeId":"%s","kind":"ANNUAL","year":%d,"referenceDate":"%d-01-01"}""".formatted(programme, year, year));
        assertThat(round).isEqualTo("EVAL-ER-PROG-1-" + year + "-ANNUAL-ALL");
        // the same round again: its default id is taken
        Api.Response again = api.as("admin2").post(ROUNDS, """
                {"programmeId":"%s","kind":"ANNUAL","year":%d,"referenceDate":"%d-06-30"}""".formatted(programme, year, year));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ROUND_ID_TAKEN");

        score(api, round, "ER1-A", 2_500, 2_500);
        score(api, round, "ER1-B", 1_000, 1_000);
        score(api, round, "ER1-C", 2_000, 1_500);
        String proposal = expect(api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s,"rewardAmount":"100000.00","failedDecision":"REDUCE_SUPPORT",
                 "reductionAmount":"50000.00"}""".formatted(now(), results("ER1-C", "4000", "ER1-A", "5000",
                "ER1-B", "3000"))), 202).json().path("entryId").asText();

        Api.Response self = api.as("admin1").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/approval", "{}");
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.code()).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(events(round, "EvaluationRoundPublishedEvent")).isZero();

        expect(api.as("admin2").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/approval", "{}"), 200);

        assertThat(events(round, "EvaluationRoundPublishedEvent")).isEqualTo(1);
        for (String platform : List.of("ER1-A", "ER1-B", "ER1-C")) {
            assertThat(events(platform, "EvaluationPublishedEvent")).as(platform).isEqualTo(1);
        }
        assertThat(events("ER1-A", "DecisionProposedEvent")).isEqualTo(1);
        assertThat(events("ER1-B", "DecisionProposedEvent")).isEqualTo(1);
        assertThat(events("ER1-C", "DecisionProposedEvent")).as("良好 leads to no decision").isZero();
        assertThat(transactionsOf("EvaluationPublishedEvent", "ER1-A", "ER1-B", "ER1-C"))
                .containsExactlyElementsOf(transactionsOf("EvaluationRoundPublishedEvent", round));

        JsonNode reward = payload("ER1-A", "DecisionProposedEvent");
        assertThat(reward.path("proposalId").asText()).isEqualTo(round);
        assertThat(reward.path("proposedBy").asText()).isEqualTo("admin2");
        assertThat(reward.path("decision").path("type").asText()).isEqualTo("REWARD");
        assertThat(reward.path("decision").path("decisionId").asText()).isEqualTo(round);
        assertThat(reward.path("decision").path("decisionRef").asText()).isEqualTo(round);
        assertThat(reward.path("decision").path("basis").asText()).contains(round, "优秀", "总分 100.00 分");
        assertThat(reward.path("decision").path("decidedOn").asText()).as("no decidedOn: the day of the approval")
                .isEqualTo(LocalDate.now(CHINA).toString());
        assertThat(payload("ER1-B", "DecisionProposedEvent").path("decision").path("type").asText())
                .isEqualTo("REDUCE_SUPPORT");
        JsonNode published = payload("ER1-B", "EvaluationPublishedEvent");
        assertThat(published.path("result").path("grade").asText()).isEqualTo("FAILED");
        assertThat(published.path("result").path("rank").asInt()).isEqualTo(3);
        assertThat(published.path("roundSize").asInt()).isEqualTo(3);

        // the decision still needs its own four eyes: not the publication's approver, another administrator
        Api.Response byProposer = api.as("admin2").post("/api/v1/platforms/ER1-A/proposals/" + round + "/approval", "{}");
        assertThat(byProposer.code()).as(byProposer.toString()).isEqualTo("FOUR_EYES_REQUIRED");
        expect(api.as("admin1").post("/api/v1/platforms/ER1-A/proposals/" + round + "/approval", "{}"), 200);

        Api.Response twice = api.as("admin1").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/approval", "{}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ROUND_ALREADY_PUBLISHED");
        Api.Response lateScore = api.as("admin1").post(ROUNDS + "/" + round + "/panel-scores", """
                {"platformId":"ER1-A","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":1,"remarks":"迟到"}""");
        assertThat(lateScore.code()).as(lateScore.toString()).isEqualTo("ROUND_NOT_OPEN");
    }

    @Test
    void aPlatformThatRefusesFailsTheWholeApprovalAndNothingIsCommitted() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "ER2-A", "9770000011");
        Requests.approvedPlatform(api, "ER2-B", "9770000012");
        Requests.approvedPlatform(api, "ER2-C", "9770000013");
        String round = open(api, """
                {"roundId":"EVAL-ER2","kind":"MIDTERM","year":2022,"batch":2,"referenceDate":"2022-06-30"}""");
        score(api, round, "ER2-A", 2_000, 1_500);
        score(api, round, "ER2-B", 2_000, 1_500);
        score(api, round, "ER2-C", 2_000, 1_500);
        String proposal = expect(api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s}""".formatted(now(), results("ER2-A", "4000", "ER2-B", "3500",
                "ER2-C", "3000"))), 202).json().path("entryId").asText();

        // ER2-B is terminated meanwhile (its own decision, with its own four eyes)
        String termination = expect(api.as("admin1").post("/api/v1/platforms/ER2-B/decisions", """
                {"type":"TERMINATE","basis":"中期检查不合格","decisionRef":"苏教职〔2024〕3号","decidedOn":"2024-06-01"}"""),
                202).json().path("entryId").asText();
        expect(api.as("admin2").post("/api/v1/platforms/ER2-B/proposals/" + termination + "/approval", "{}"), 200);

        Api.Response refused = api.as("admin2").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/approval",
                "{}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PLATFORM_NOT_IN_ROUND");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("platformId");
        assertThat(refused.json().path("detail").asText()).contains("ER2-B");
        // ER2-A comes first in platform-id order: it had its event appended when ER2-B refused, and lost it
        assertThat(events(round, "EvaluationRoundPublishedEvent")).isZero();
        for (String platform : List.of("ER2-A", "ER2-B", "ER2-C")) {
            assertThat(events(platform, "EvaluationPublishedEvent")).as(platform).isZero();
        }

        // withdrawn by its proposer only, then proposed again without the terminated platform, and approved
        Api.Response notProposer = api.as("admin2").post(ROUNDS + "/" + round + "/proposals/" + proposal
                + "/withdrawal", "{\"reason\":\"重新提议\"}");
        assertThat(notProposer.status()).as(notProposer.toString()).isEqualTo(403);
        expect(api.as("admin1").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/withdrawal",
                "{\"reason\":\"平台已中止，重新提议\"}"), 200);
        String second = expect(api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s}""".formatted(now(), results("ER2-A", "4000", "ER2-C", "3000"))), 202)
                .json().path("entryId").asText();
        expect(api.as("admin2").post(ROUNDS + "/" + round + "/proposals/" + second + "/approval", "{}"), 200);
        assertThat(events(round, "EvaluationRoundPublishedEvent")).isEqualTo(1);
        assertThat(events("ER2-A", "EvaluationPublishedEvent")).isEqualTo(1);
        assertThat(events("ER2-B", "EvaluationPublishedEvent")).isZero();
        assertThat(events("ER2-C", "EvaluationPublishedEvent")).isEqualTo(1);
    }

    /**
     * A round published years after its platforms' construction ended (the usual case): the decisions its grades lead
     * to are dated today by default, after the platforms' settlement window, which is refused when proposed, naming
     * decidedOn and the platform; a decidedOn within the window is proposed, approved and carried by the decision.
     */
    @Test
    void theDecisionsDateIsJudgedByThePlatformsWindowWhenProposed() throws Exception {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "ER4-A", "9770000031");
        Requests.approvedPlatform(api, "ER4-B", "9770000032");
        String round = open(api, """
                {"roundId":"EVAL-ER4","kind":"ANNUAL","year":2022,"batch":2,"referenceDate":"2022-12-31"}""");
        score(api, round, "ER4-A", 2_500, 2_500);
        score(api, round, "ER4-B", 2_000, 1_500);
        String results = results("ER4-B", "4000", "ER4-A", "5000");

        Api.Response today = api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s,"rewardAmount":"100000.00"}""".formatted(now(), results));
        assertThat(today.status()).as(today.toString()).isEqualTo(422);
        assertThat(today.code()).isEqualTo("DATE_OUTSIDE_WINDOW");
        assertThat(today.json().path("errors").get(0).path("field").asText()).isEqualTo("decidedOn");
        assertThat(today.json().path("detail").asText()).contains("ER4-A");
        assertThat(events(round, "EvaluationPublicationProposedEvent")).isZero();

        Api.Response future = api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s,"rewardAmount":"100000.00","decidedOn":"%s"}"""
                .formatted(now(), results, LocalDate.now(CHINA).plusDays(2)));
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("DATE_IN_FUTURE");
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("decidedOn");

        String proposal = expect(api.as("admin1").post(ROUNDS + "/" + round + "/publication", """
                {"knownAt":"%s","results":%s,"rewardAmount":"100000.00","decidedOn":"2024-06-01"}"""
                .formatted(now(), results)), 202).json().path("entryId").asText();
        expect(api.as("admin2").post(ROUNDS + "/" + round + "/proposals/" + proposal + "/approval", "{}"), 200);

        assertThat(events("ER4-A", "EvaluationPublishedEvent")).isEqualTo(1);
        JsonNode reward = payload("ER4-A", "DecisionProposedEvent");
        assertThat(reward.path("decision").path("type").asText()).isEqualTo("REWARD");
        assertThat(reward.path("decision").path("decidedOn").asText()).isEqualTo("2024-06-01");
        assertThat(payload(round, "EvaluationPublicationProposedEvent").path("decidedOn").asText())
                .isEqualTo("2024-06-01");
        assertThat(events("ER4-B", "DecisionProposedEvent")).as("良好 leads to no decision").isZero();
        // the decision is approvable as any other, within the window
        expect(api.as("admin1").post("/api/v1/platforms/ER4-A/proposals/" + round + "/approval", "{}"), 200);
    }

    @Test
    void roundsRefuseWhatIsNotTheirs() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "ER3-A", "9770000021");
        String round = open(api, """
                {"roundId":"EVAL-ER3","kind":"ANNUAL","year":2022,"batch":1,"referenceDate":"2022-12-31"}""");

        Api.Response otherBatch = api.as("admin1").post(ROUNDS + "/" + round + "/panel-scores", """
                {"platformId":"ER3-A","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":100,"remarks":"好"}""");
        assertThat(otherBatch.status()).as(otherBatch.toString()).isEqualTo(422);
        assertThat(otherBatch.code()).isEqualTo("PLATFORM_NOT_IN_ROUND");
        Api.Response unknown = api.as("admin1").post(ROUNDS + "/EVAL-NEVER-OPENED/panel-scores", """
                {"platformId":"ER3-A","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":100,"remarks":"好"}""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ROUND_NOT_FOUND");
        // a platform's or a programme's id is no round, and a round's id is no platform
        assertThat(api.as("admin1").post(ROUNDS + "/ER3-A/panel-scores", """
                {"platformId":"ER3-A","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":100,"remarks":"好"}""")
                .code()).isEqualTo("ROUND_NOT_FOUND");
        Api.Response roundAsPlatform = api.as("admin1").post("/api/v1/platforms/" + round + "/suspension",
                "{\"reason\":\"r\",\"decisionRef\":\"d\"}");
        assertThat(roundAsPlatform.status()).as(roundAsPlatform.toString()).isEqualTo(404);
        assertThat(roundAsPlatform.code()).isEqualTo("PLATFORM_NOT_FOUND");

        // ids starting EVAL- are rounds' alone
        Api.Response platform = api.as("admin1").post("/api/v1/platforms", Requests.declaration("EVAL-X", "9770000022"));
        assertThat(platform.status()).as(platform.toString()).isEqualTo(400);
        assertThat(platform.json().path("errors").get(0).path("field").asText()).isEqualTo("platformId");
        Api.Response programme = api.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"EVAL-2030","name":"不可用的编号"}""");
        assertThat(programme.status()).as(programme.toString()).isEqualTo(400);
        assertThat(programme.json().path("errors").get(0).path("field").asText()).isEqualTo("programmeId");
    }

    @Test
    void badInputIsA400NamingTheField() {
        Api admin = new Api(port).as("admin1");
        assertField(admin.post(ROUNDS, """
                {"kind":"ANNUAL","year":2022,"referenceDate":"2023-01-01"}"""), 400, "referenceDate");
        assertField(admin.post(ROUNDS, """
                {"kind":"ANNUAL","year":1999,"referenceDate":"1999-01-01"}"""), 400, "year");
        assertField(admin.post(ROUNDS, """
                {"kind":"ANNUAL","year":2022,"batch":100,"referenceDate":"2022-01-01"}"""), 400, "batch");
        assertField(admin.post(ROUNDS, """
                {"kind":"ANNUAL","year":2022,"referenceDate":"2022-01-01","schemeVersion":9}"""), 400, "schemeVersion");
        assertField(admin.post(ROUNDS, """
                {"roundId":"ROUND-1","kind":"ANNUAL","year":2022,"referenceDate":"2022-01-01"}"""), 400, "roundId");
        assertField(admin.post(ROUNDS, """
                {"kind":"YEARLY","year":2022,"referenceDate":"2022-01-01"}"""), 400, "kind");
        assertField(admin.post(ROUNDS, """
                {"programmeId":"NO-SUCH-PROGRAMME","kind":"ANNUAL","year":2022,"referenceDate":"2022-01-01"}"""),
                404, "programmeId");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/panel-scores", """
                {"platformId":"ER3-A","itemCode":"PANEL_CONSTRUCTION_QUALITY","centipoints":100,"remarks":"%s"}"""
                .formatted("长".repeat(2001))), 400, "remarks");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/panel-scores", """
                {"platformId":"ER3-A","itemCode":"panel","centipoints":100,"remarks":"好"}"""), 400, "itemCode");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/publication", """
                {"knownAt":"2026-01-01T00:00:00Z","results":[]}"""), 400, "results");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/publication", """
                {"results":[{"platformId":"P","objective":[]}]}"""), 400, "knownAt");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/publication", """
                {"knownAt":"2026-01-01T00:00:00Z","results":[{"platformId":"P","objective":[]}],
                 "rewardAmount":"1e5"}"""), 400, "rewardAmount");
        assertField(admin.post(ROUNDS + "/EVAL-ANY/publication", """
                {"knownAt":"2026-01-01T00:00:00Z","results":[{"platformId":"P","objective":[]}],
                 "decidedOn":"2024-13-01"}"""), 400, "decidedOn");
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        List<String> fields = new java.util.ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(response.toString()).contains(field);
    }

    private JsonNode payload(String aggregateId, String type) throws Exception {
        return JSON.readTree(new String(jdbc.queryForObject("""
                SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                byte[].class, aggregateId, "%." + type), StandardCharsets.UTF_8));
    }
}
