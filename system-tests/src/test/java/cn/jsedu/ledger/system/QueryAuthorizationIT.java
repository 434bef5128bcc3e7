package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side's access policy as a grid: every read × every role × own / other college → allowed or denied.
 * A college officer of college A gets 404 on every platform of college B and sees only its own in the list; a user
 * scoped to a programme (ADR 0019) sees nothing of another programme's platforms.
 */
class QueryAuthorizationIT {

    /** This test's own second programme, with READ-C, where E1 is a party as on READ-A. */
    private static final String PROGRAMME_B = "READ-PROG-B";
    /** An evaluation round of {@link #PROGRAMME_B}, opened for the grid's rows of a round. */
    private static final String ROUND = "EVAL-READ-AUTHZ-2021";

    private static LedgerSystem ledger;

    @BeforeAll
    static void platforms() {
        ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform("READ-A", "8500000001");
        long v = commands.approvedPlatform("READ-B", "8500000002");
        expect(ledger.queries.get("/api/v1/platforms/READ-B?minVersion=" + v), 200);
        commands.contribution("READ-A", "C-1", "E1", "CASH", "100.00", "2020-05-01");
        long c = platformOfProgrammeB(commands, "READ-C", "8500000003");
        expect(ledger.queries.get("/api/v1/platforms/READ-C?minVersion=" + c), 200);
        // so that there is a reconciliation report to read
        expect(ledger.queries.as("auditor").post("/api/v1/reconciliation", ""), 200);
        // an evaluation round of this test's own programme, for the rows of a round's reads
        expect(ledger.commands.as("admin1").post("/api/v1/evaluation-rounds", """
                {"roundId":"%s","programmeId":"%s","kind":"ANNUAL","year":2021,"referenceDate":"2021-12-31"}"""
                .formatted(ROUND, PROGRAMME_B)), 201);
        await().atMost(Duration.ofSeconds(90)).until(
                () -> ledger.queries.as("admin1").get("/api/v1/evaluation-rounds/" + ROUND).status() == 200);
    }

    @ParameterizedTest(name = "GET {0}: admin={1} finance={2} auditor={3} ownCollege={4} otherCollege={5} enterprise={6}")
    @CsvSource({
            "/api/v1/platforms/{id},                      Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/balances,             Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/compliance,           Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/readiness,            Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/reporting-status,     Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/equipment,            Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/indicators,           Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/workstations,         Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/history,              Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/state,                Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/ledger,               Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/plan-vs-received,     Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/proposals,            Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/verification,         Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/enterprise-contributions, Y, Y, Y, Y, N, Y",
            "/api/v1/platforms/{id}/documents,            Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/findings,             Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/evidence-bundle.zip,  Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/budget-execution,     Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/period-figures?period=2020H1, Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/provincial-chain,     Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/budget-execution.csv, Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/provincial-chain.csv, Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/evaluation-scores?referenceDate=2021-09-01, Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/evaluation-results,   Y, Y, Y, Y, N, N",
            "/api/v1/programme/overdue-findings,          Y, Y, Y, N, N, N",
            "/api/v1/programme/compliance,                Y, Y, Y, N, N, N",
            "/api/v1/programme/readiness,                 Y, Y, Y, N, N, N",
            "/api/v1/programme/sources,                   Y, Y, Y, N, N, N",
            "/api/v1/programme/budget-execution,          Y, Y, Y, N, N, N",
            "/api/v1/programme/period-figures?period=2020, Y, Y, Y, N, N, N",
            "/api/v1/programme/provincial-chain,          Y, Y, Y, N, N, N",
            "/api/v1/programme/parameters,                Y, Y, Y, Y, Y, N",
            "/api/v1/proposals,                           Y, Y, Y, N, N, N",
            "/api/v1/me/inbox,                            Y, Y, Y, Y, Y, Y",
            "/api/v1/programmes,                          Y, Y, Y, Y, Y, N",
            "/api/v1/programmes/JS-PLATFORMS-2019,        Y, Y, Y, Y, Y, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/parameter-changes, Y, Y, Y, Y, Y, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/proposals,         Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/compliance?batch=9, Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/balances?batch=9,   Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking?batch=9,      Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking.csv?batch=9,  Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking.xlsx?batch=9, Y, Y, Y, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking.pdf?batch=9,  Y, Y, Y, N, N, N",
            "/api/v1/evaluation-rounds,                   Y, Y, Y, N, N, N",
            "/api/v1/evaluation-rounds?programmeId=JS-PLATFORMS-2019, Y, Y, Y, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-READ-AUTHZ-2021,         Y, Y, Y, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-READ-AUTHZ-2021/history, Y, Y, Y, N, N, N",
            "/api/v1/me,                                  Y, Y, Y, Y, Y, Y",
            "/api/v1/me/enterprise-contributions,         N, N, N, N, N, Y",
            "/api/v1/admin/read-models/status,            Y, N, N, N, N, N",
            "/api/v1/reconciliation/latest,               Y, Y, Y, N, N, N"})
    void everyReadForEveryRole(String path, String admin, String finance, String auditor, String own, String other,
                               String enterprise) {
        String ownPath = path.replace("{id}", "READ-A");
        check("admin1", ownPath, admin);
        // ENTERPRISE_REPRESENTATIVE of READ-A's enterprise E1: its own contributions and who it is, nothing else; an
        // enterprise that is no party of READ-A is told READ-A does not exist
        check("enterprise-" + Commands.E1_CODE, ownPath, enterprise);
        if (path.startsWith("/api/v1/platforms/") && path.contains("enterprise-contributions")) {
            assertThat(ledger.queries.as("enterprise-91320200MA00110085").get(ownPath).status()).isEqualTo(404);
        }
        check("finance", ownPath, finance);
        check("auditor", ownPath, auditor);
        check("college-8500000001", ownPath, own);
        check("college-8500000001", path.replace("{id}", "READ-B"), other);
        // an unknown user per row: one user's repeated failures would be throttled (429, LoginThrottle)
        assertThat(ledger.queries.as("nobody-" + Integer.toHexString(path.hashCode())).get(ownPath).status())
                .isEqualTo(401);
    }

    /** Establishes {@link #PROGRAMME_B} (four eyes) and declares, approves and signs a platform of it. */
    private static long platformOfProgrammeB(Commands commands, String platformId, String college) {
        String establishment = expect(ledger.commands.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"%s","name":"授权测试计划","reason":"第二个计划","decisionRef":"苏教职〔2026〕9号"}"""
                .formatted(PROGRAMME_B)), 202).json().path("entryId").asText();
        expect(ledger.commands.as("admin2").post("/api/v1/programmes/" + PROGRAMME_B + "/proposals/" + establishment
                + "/approval", "{}"), 200);
        expect(commands.declare(platformId, college, """
                {"platformId":"%s","programmeId":"%s","college":{"code":"%s","name":"测试职业技术学院"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"产教融合集成平台 %s",
                 "enterprises":[{"partyId":"E1","name":"甲企业","creditCode":"%s"},{"partyId":"E2","name":"乙企业","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"6000000.00"},
                         {"source":"ENTERPRISE","partyId":"E2","year":2021,"amount":"4000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}]}"""
                .formatted(platformId, PROGRAMME_B, college, platformId, Commands.E1_CODE, Commands.E2_CODE)), 201);
        commands.approve(platformId);
        commands.signAgreement(platformId);
        return commands.contribution(platformId, "C-1", "E1", "CASH", "200.00", "2020-05-01");
    }

    /**
     * A representative scoped to one programme answers for its enterprise on that programme's platforms only: its own
     * contributions page lists none of another programme's, as its inbox and the platform's own page do not (issue 14).
     */
    @Test
    void aRepresentativeScopedToAProgrammeSeesItsContributionsOnThatProgrammesPlatformsOnly() {
        String scopedToDefault = "enterprise-" + Commands.E1_CODE + "@JS-PLATFORMS-2019";
        String scopedToB = "enterprise-" + Commands.E1_CODE + "@" + PROGRAMME_B;

        List<String> defaults = platformsOfOwnContributions(scopedToDefault);
        assertThat(defaults).contains("READ-A").doesNotContain("READ-C");
        assertThat(platformsOfOwnContributions(scopedToB)).containsExactly("READ-C");
        assertThat(platformsOfOwnContributions("enterprise-" + Commands.E1_CODE)).contains("READ-A", "READ-C");

        assertThat(ledger.queries.as(scopedToDefault).get("/api/v1/platforms/READ-C/enterprise-contributions")
                .status()).isEqualTo(404);
        assertThat(expect(ledger.queries.as(scopedToB).get("/api/v1/me/inbox"), 200).json().path("items")
                .findValuesAsText("platformId")).containsOnly("READ-C");
        // who the user is says every binding the answers above were judged by (the console signs in with it)
        JsonNode me = expect(ledger.queries.as(scopedToB).get("/api/v1/me"), 200).json();
        assertThat(me.path("enterprise").asText()).isEqualTo(Commands.E1_CODE);
        assertThat(me.path("programme").asText()).isEqualTo(PROGRAMME_B);
        // an unscoped user has no programme (the API leaves null fields out)
        assertThat(expect(ledger.queries.as("enterprise-" + Commands.E1_CODE).get("/api/v1/me"), 200).json()
                .has("programme")).isFalse();
    }

    private static List<String> platformsOfOwnContributions(String user) {
        return expect(ledger.queries.as(user).get("/api/v1/me/enterprise-contributions"), 200).json()
                .path("platforms").findValuesAsText("platformId");
    }

    private static void check(String user, String path, String expected) {
        Api.Response response = ledger.queries.as(user).get(path);
        if ("Y".equals(expected)) {
            assertThat(response.status()).as(user + " " + path + " " + response).isEqualTo(200);
        } else {
            assertThat(response.status()).as(user + " " + path + " " + response).isIn(403, 404);
        }
    }

    /** A run only reads (and replaces the report): whoever may read the report may ask for a fresh one. */
    @ParameterizedTest(name = "POST /api/v1/reconciliation as {0}: {1}")
    @CsvSource({"admin1, 200", "finance, 200", "auditor, 200", "college-8500000001, 403"})
    void reconciliationRunsForThoseWhoReadItsReport(String user, int status) {
        Api.Response response = ledger.queries.as(user).post("/api/v1/reconciliation", "");
        assertThat(response.status()).as(user + " " + response).isEqualTo(status);
        assertThat(ledger.queries.as("nobody-at-all").post("/api/v1/reconciliation", "").status()).isEqualTo(401);
    }

    @Test
    void aCollegeOfficerListsOnlyItsOwnPlatformWhateverItAsks() {
        Api.Response list = expect(ledger.queries.as("college-8500000001").get("/api/v1/platforms?college=8500000002&size=500"), 200);
        assertThat(list.json().path("items").findValuesAsText("platformId")).containsExactly("READ-A");
        Api.Response all = expect(ledger.queries.as("auditor").get("/api/v1/platforms?size=500"), 200);
        assertThat(all.json().path("items").findValuesAsText("platformId")).contains("READ-A", "READ-B");
    }

    @Test
    void anUnknownPlatformLooksTheSameAsAnotherCollegesToACollegeOfficer() {
        assertThat(ledger.queries.as("college-8500000001").get("/api/v1/platforms/NO-SUCH/balances").status())
                .isEqualTo(404);
        assertThat(ledger.queries.as("college-8500000001").get("/api/v1/platforms/READ-B/balances").status())
                .isEqualTo(404);
        assertThat(ledger.queries.as("auditor").get("/api/v1/unmapped").status()).isEqualTo(403);
    }
}
