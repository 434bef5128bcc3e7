package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules as events and several programmes, through both APIs (issue 15 parts 3 to 5, ADR 0019). A second programme is
 * established with four eyes; two of its platforms are declared in it, funded with an enterprise share of 2.5 in 8.5
 * (between a quarter and a third). Its administrators then lower the minimum enterprise share from 1/3 to 1/4 from the
 * start of this year (the earliest a change may take effect). A day judged before that date keeps its verdict, a day
 * from it on uses the new share, and an answer as known before the change was recorded is the answer given then.
 *
 * <p>The programme is this test's own, so the change re-judges nothing the other system tests ask about.
 */
class ProgrammeRulesIT {

    private static final String PROGRAMME = "RULES-IT";
    private static final String P1 = "RULES-1";
    private static final String P2 = "RULES-2";
    /** The first day of the open year: a rule change may take effect no earlier. */
    private static final LocalDate CHANGE_FROM = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1);
    private static final LocalDate BEFORE = CHANGE_FROM.minusDays(1);
    private static final LocalDate AFTER = CHANGE_FROM.plusDays(1);

    private static LedgerSystem ledger;
    private static Commands commands;
    /** After both platforms' money was known, before the change was recorded. */
    private static Instant beforeChange;

    @BeforeAll
    static void aSecondProgrammeWhoseShareIsLowered() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        Api admin1 = ledger.commands.as("admin1");
        Api admin2 = ledger.commands.as("admin2");

        String establishment = expect(admin1.post("/api/v1/programmes", """
                {"programmeId":"%s","name":"测试省产教融合平台计划","reason":"第二个计划","decisionRef":"苏教职〔2026〕7号"}"""
                .formatted(PROGRAMME)), 202).json().path("entryId").asText();
        expect(admin2.post("/api/v1/programmes/" + PROGRAMME + "/proposals/" + establishment + "/approval", "{}"), 200);

        for (String[] platform : new String[][] {{P1, "8600000101", "苏州市"}, {P2, "8600000102", "南通市"}}) {
            expect(commands.declare(platform[0], platform[1], declaration(platform[0], platform[1], platform[2])), 201);
            commands.approve(platform[0]);
            commands.signAgreement(platform[0]);
            commands.installment(platform[0], "I-1", "PROVINCIAL_FINANCE", "6000000.00", "2020-04-01");
        }
        commands.contribution(P1, "C-1", "E1", "CASH", "2500000.00", "2020-05-01");
        long last = commands.contribution(P2, "C-1", "E1", "CASH", "2500000.00", "2020-05-01");
        expect(ledger.queries.get("/api/v1/platforms/" + P2 + "?minVersion=" + last), 200);
        beforeChange = Instant.now();

        String change = expect(admin1.post("/api/v1/programmes/" + PROGRAMME + "/parameter-changes", """
                {"effectiveFrom":"%s","parameters":{"minimumEnterpriseShare":"1/4"},
                 "reason":"企业出资比例下调","decisionRef":"苏教职〔2026〕8号"}""".formatted(CHANGE_FROM)), 202)
                .json().path("entryId").asText();
        Api.Response ownApproval = admin1.post("/api/v1/programmes/" + PROGRAMME + "/proposals/" + change + "/approval", "{}");
        assertThat(ownApproval.status()).as(ownApproval.toString()).isEqualTo(403);
        assertThat(ownApproval.code()).isEqualTo("FOUR_EYES_REQUIRED");
        expect(admin2.post("/api/v1/programmes/" + PROGRAMME + "/proposals/" + change + "/approval", "{}"), 200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                expect(ledger.queries.get("/api/v1/programmes/" + PROGRAMME + "/parameter-changes"), 200).json().size() == 1);
    }

    private static String declaration(String platformId, String college, String city) {
        return """
                {"platformId":"%s","programmeId":"%s","college":{"code":"%s","name":"测试职业技术学院","city":"%s"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"产教融合集成平台 %s",
                 "enterprises":[{"partyId":"E1","name":"甲企业","creditCode":"%s"},{"partyId":"E2","name":"乙企业","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"6000000.00"},
                         {"source":"ENTERPRISE","partyId":"E2","year":2021,"amount":"4000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}"""
                .formatted(platformId, PROGRAMME, college, city, platformId, Commands.E1_CODE, Commands.E2_CODE);
    }

    @Test
    void aDayJudgedBeforeTheChangeKeepsItsVerdictAndALaterDayUsesTheNewShare() {
        JsonNode before = compliance(P1, "asOf=" + BEFORE);
        assertThat(before.path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(before.path("actualEnterpriseShareMet").asBoolean()).isFalse();
        assertThat(codes(before)).contains("ACTUAL_ENTERPRISE_SHARE_NOT_MET");

        JsonNode after = compliance(P1, "asOf=" + AFTER);
        assertThat(after.path("minimumEnterpriseShare").asText()).isEqualTo("1/4");
        assertThat(after.path("actualEnterpriseShareMet").asBoolean()).isTrue();
        assertThat(codes(after)).doesNotContain("ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        assertThat(after.path("actualEnterprise").asText()).isEqualTo(before.path("actualEnterprise").asText())
                .isEqualTo("2500000.00");
    }

    @Test
    void anAnswerAsKnownBeforeTheChangeWasRecordedIsTheAnswerGivenThen() {
        JsonNode then = compliance(P1, "asOf=" + AFTER + "&knownAt=" + beforeChange);
        assertThat(then.path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(then.path("actualEnterpriseShareMet").asBoolean()).isFalse();

        JsonNode programmeThen = programmeCompliance("asOf=" + AFTER + "&knownAt=" + beforeChange);
        assertThat(programmeThen.path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(programmeThen.path("totals").path("meetingActualShare").asLong()).isZero();
        assertThat(programmeThen.path("findings").path("ACTUAL_ENTERPRISE_SHARE_NOT_MET").asLong()).isEqualTo(2);
    }

    @Test
    void theProgrammeIsJudgedByTheParametersInForceOnTheDayItIsAskedAbout() {
        JsonNode before = programmeCompliance("asOf=" + BEFORE);
        assertThat(before.path("totals").path("platforms").asLong()).isEqualTo(2);
        assertThat(before.path("totals").path("meetingActualShare").asLong()).isZero();
        assertThat(before.path("totalRows").asLong()).isEqualTo(2);

        JsonNode after = programmeCompliance("asOf=" + AFTER);
        assertThat(after.path("minimumEnterpriseShare").asText()).isEqualTo("1/4");
        assertThat(after.path("totals").path("meetingActualShare").asLong()).isEqualTo(2);
        assertThat(after.path("totals").path("actualTotal").asText()).isEqualTo("17000000.00");
        assertThat(after.path("totals").path("actualEnterprise").asText()).isEqualTo("5000000.00");
    }

    @Test
    void programmeAnswersAreFilteredByCityBatchStatusAndFindingAndPaged() {
        JsonNode suzhou = programmeCompliance("asOf=" + AFTER + "&city=" + java.net.URLEncoder.encode("苏州市",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(suzhou.path("rows").findValuesAsText("platformId")).containsExactly(P1);
        assertThat(suzhou.path("rows").get(0).path("city").asText()).isEqualTo("苏州市");

        assertThat(programmeCompliance("asOf=" + BEFORE + "&finding=ACTUAL_ENTERPRISE_SHARE_NOT_MET")
                .path("totalRows").asLong()).isEqualTo(2);
        assertThat(programmeCompliance("asOf=" + AFTER + "&finding=ACTUAL_ENTERPRISE_SHARE_NOT_MET")
                .path("totalRows").asLong()).isZero();
        assertThat(programmeCompliance("batch=3").path("totalRows").asLong()).isZero();
        assertThat(programmeCompliance("status=TERMINATED").path("totalRows").asLong()).isZero();

        JsonNode secondPage = programmeCompliance("page=1&size=1");
        assertThat(secondPage.path("totalRows").asLong()).isEqualTo(2);
        assertThat(secondPage.path("rows").findValuesAsText("platformId")).containsExactly(P2);
        assertThat(secondPage.path("totals").path("platforms").asLong()).as("totals cover every page").isEqualTo(2);
    }

    @Test
    void programmeBalancesBySourceAddUpItsPlatformsAsOfADateAsKnownAtATime() {
        JsonNode now = expect(ledger.queries.as("finance").get("/api/v1/programmes/" + PROGRAMME
                + "/balances?asOf=" + AFTER), 200).json();
        assertThat(now.path("platforms").asLong()).isEqualTo(2);
        assertThat(now.path("total").path("received").asText()).isEqualTo("17000000.00");
        assertThat(source(now, "ENTERPRISE").path("received").asText()).isEqualTo("5000000.00");
        assertThat(source(now, "PROVINCIAL_FINANCE").path("received").asText()).isEqualTo("12000000.00");
        assertThat(now.path("rows").get(0).path("total").path("received").asText()).isEqualTo("8500000.00");

        JsonNode beforeMoney = expect(ledger.queries.as("finance").get("/api/v1/programmes/" + PROGRAMME
                + "/balances?asOf=2020-04-15"), 200).json();
        assertThat(source(beforeMoney, "ENTERPRISE").path("received").asText()).isEqualTo("0.00");
        assertThat(beforeMoney.path("total").path("received").asText()).isEqualTo("12000000.00");
    }

    @Test
    void theProgrammeShowsItsParameterHistoryWithWhoDecided() {
        JsonNode changes = expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME
                + "/parameter-changes"), 200).json();
        assertThat(changes.get(0).path("effectiveFrom").asText()).isEqualTo(CHANGE_FROM.toString());
        assertThat(changes.get(0).path("changes").path("minimumEnterpriseShare").asText()).isEqualTo("1/4");
        assertThat(changes.get(0).path("proposedBy").asText()).isEqualTo("admin1");
        assertThat(changes.get(0).path("approvedBy").asText()).isEqualTo("admin2");
        assertThat(expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME
                + "/parameter-changes?knownAt=" + beforeChange), 200).json().size()).isZero();

        JsonNode programme = expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME
                + "?asOf=" + BEFORE), 200).json();
        assertThat(programme.path("status").asText()).isEqualTo("ESTABLISHED");
        assertThat(programme.path("inForce").path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(programme.path("history").size()).isEqualTo(2);
        assertThat(programme.path("history").get(1).path("parameters").path("minimumEnterpriseShare").asText())
                .isEqualTo("1/4");

        // the default programme's rules did not move
        JsonNode defaults = expect(ledger.queries.as("auditor").get("/api/v1/programmes/JS-PLATFORMS-2019?asOf="
                + AFTER), 200).json();
        assertThat(defaults.path("inForce").path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(expect(ledger.queries.as("auditor").get("/api/v1/programmes"), 200).json()
                .findValuesAsText("programmeId")).contains("JS-PLATFORMS-2019", PROGRAMME);
    }

    @Test
    void anUnknownProgrammeIsNotFoundAndABadFilterNamesItsParameter() {
        Api.Response unknown = ledger.queries.as("auditor").get("/api/v1/programmes/NO-SUCH/compliance");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PROGRAMME_NOT_FOUND");
        Api.Response badFinding = ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME
                + "/compliance?finding=drop%20table");
        assertThat(badFinding.status()).as(badFinding.toString()).isEqualTo(400);
        assertThat(badFinding.body()).contains("finding");
        Api.Response badStatus = ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME
                + "/compliance?status=NOPE");
        assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
    }

    /**
     * Platforms and programmes share the event store's identifiers: a platform command on a programme's id loaded the
     * programme's events into a platform (500, found by the fuzz test with a programme it had established as "1e400").
     * The id names no platform there, nor a platform's id a programme: 404 either way.
     */
    @Test
    void aPlatformsPathOnAProgrammesIdAndTheOtherWayRoundIsNotFound() {
        Api.Response onProgramme = ledger.commands.as("admin1").post("/api/v1/platforms/" + PROGRAMME
                + "/acceptance-overrides", "{\"requestedOn\":\"2021-06-30\",\"reason\":\"x\"}");
        assertThat(onProgramme.status()).as(onProgramme.toString()).isEqualTo(404);
        assertThat(onProgramme.code()).isEqualTo("PLATFORM_NOT_FOUND");
        Api.Response onPlatform = ledger.commands.as("admin1").post("/api/v1/programmes/" + P1 + "/parameter-changes",
                "{\"effectiveFrom\":\"2026-07-01\",\"parameters\":{\"arrivalTolerancePercent\":15},"
                        + "\"reason\":\"x\",\"decisionRef\":\"x\"}");
        assertThat(onPlatform.status()).as(onPlatform.toString()).isIn(404);
        assertThat(onPlatform.code()).isEqualTo("PROGRAMME_NOT_FOUND");
    }

    /**
     * The other half of the shared identifier space: declaring a platform under a programme's id, or establishing a
     * programme under a platform's, is refused as a duplicate identifier and records nothing; neither aggregate's
     * events are touched.
     */
    @Test
    void aPlatformCannotBeDeclaredUnderAProgrammesIdNorAProgrammeEstablishedUnderAPlatforms() {
        Api.Response platform = ledger.commands.as("admin1").post("/api/v1/platforms",
                declaration(PROGRAMME, "8600000103", "无锡市"));
        assertThat(platform.status()).as(platform.toString()).isEqualTo(409);
        assertThat(platform.code()).isEqualTo("PLATFORM_ID_TAKEN");
        Api.Response programme = ledger.commands.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"%s","name":"重名的计划","reason":"x","decisionRef":"x"}""".formatted(P1));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(409);
        assertThat(programme.code()).isEqualTo("PROGRAMME_ID_TAKEN");
        assertThat(expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME), 200).json()
                .path("programmeId").asText()).isEqualTo(PROGRAMME);
        assertThat(expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + P1), 200).json()
                .path("platformId").asText()).isEqualTo(P1);
    }

    /**
     * The budget tolerance is a parameter a rule change sets (issue 15 part 4), each part on its own, with four eyes;
     * a value it cannot be is refused naming the field. On a programme of its own: the other tests count changes.
     */
    @Test
    void theBudgetToleranceIsChangedLikeAnyRule() {
        String programme = "RULES-IT-BUDGET";
        Api admin1 = ledger.commands.as("admin1");
        Api admin2 = ledger.commands.as("admin2");
        String establishment = expect(admin1.post("/api/v1/programmes", """
                {"programmeId":"%s","name":"预算容差测试计划","reason":"测试","decisionRef":"苏教职〔2026〕31号"}"""
                .formatted(programme)), 202).json().path("entryId").asText();
        expect(admin2.post("/api/v1/programmes/" + programme + "/proposals/" + establishment + "/approval", "{}"), 200);

        Api.Response impossible = admin1.post("/api/v1/programmes/" + programme + "/parameter-changes", """
                {"effectiveFrom":"%s","parameters":{"budgetTolerancePercent":101},"reason":"x","decisionRef":"x"}"""
                .formatted(CHANGE_FROM));
        assertThat(impossible.status()).as(impossible.toString()).isEqualTo(422);
        assertThat(impossible.toString()).contains("budgetTolerancePercent");
        Api.Response unknownOverrun = admin1.post("/api/v1/programmes/" + programme + "/parameter-changes", """
                {"effectiveFrom":"%s","parameters":{"budgetOverrun":"MAYBE"},"reason":"x","decisionRef":"x"}"""
                .formatted(CHANGE_FROM));
        assertThat(unknownOverrun.status()).as(unknownOverrun.toString()).isEqualTo(400);
        assertThat(unknownOverrun.toString()).contains("budgetOverrun");

        String change = expect(admin1.post("/api/v1/programmes/" + programme + "/parameter-changes", """
                {"effectiveFrom":"%s","parameters":{"budgetTolerancePercent":20,"budgetOverrun":"FLAG"},
                 "reason":"预算执行容差放宽","decisionRef":"苏教职〔2026〕32号"}""".formatted(CHANGE_FROM)), 202)
                .json().path("entryId").asText();
        expect(admin2.post("/api/v1/programmes/" + programme + "/proposals/" + change + "/approval", "{}"), 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> expect(ledger.queries.get("/api/v1/programmes/" + programme
                + "/parameter-changes"), 200).json().size() == 1);
        JsonNode recorded = expect(ledger.queries.get("/api/v1/programmes/" + programme + "/parameter-changes"), 200)
                .json().get(0).path("changes");
        assertThat(recorded.path("budgetTolerancePercent").asText()).isEqualTo("20");
        assertThat(recorded.path("budgetOverrun").asText()).isEqualTo("FLAG");
        JsonNode inForce = expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + programme), 200).json()
                .path("inForce");
        assertThat(inForce.path("budgetTolerancePercent").asInt()).isEqualTo(20);
        assertThat(inForce.path("budgetOverrun").asText()).isEqualTo("FLAG");
    }

    private static JsonNode compliance(String platformId, String query) {
        return expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + platformId + "/compliance?" + query), 200)
                .json();
    }

    private static JsonNode programmeCompliance(String query) {
        return expect(ledger.queries.as("auditor").get("/api/v1/programmes/" + PROGRAMME + "/compliance?" + query), 200)
                .json();
    }

    private static java.util.List<String> codes(JsonNode compliance) {
        return compliance.path("findings").findValuesAsText("code");
    }

    private static JsonNode source(JsonNode balances, String source) {
        for (JsonNode s : balances.path("sources")) {
            if (s.path("source").asText().equals(source)) {
                return s.path("figures");
            }
        }
        throw new AssertionError("no source " + source + " in " + balances);
    }
}
