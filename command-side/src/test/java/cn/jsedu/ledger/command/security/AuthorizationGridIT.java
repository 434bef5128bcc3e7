package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's access policy as a grid: every endpoint × every role × own / other college → allowed or
 * denied. "Allowed" means the request got past security (a 400 for the empty body is fine); "denied" is 403, or
 * 404 for another college's platform, or 401 without credentials. The expectations are written out here,
 * independently of CommandAccessPolicy, so a change to the policy has to be made twice on purpose.
 */
@CommandSideIntegrationTest
class AuthorizationGridIT {

    private static final String OWN = "9500000001";
    private static final String OTHER = "9500000002";
    /** A college without a live platform: its officer may declare, so it could probe ids. */
    private static final String FREE = "9500000003";
    private static boolean platformsReady;

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (!platformsReady) {
            Requests.approvedPlatform(api, "GRID-OWN", OWN);
            Requests.approvedPlatform(api, "GRID-OTHER", OTHER);
            // FREE's own earlier declaration, rejected: the college may declare again, the id stays taken
            Api.expect(api.as(Requests.college(FREE)).post("/api/v1/platforms",
                    Requests.declaration("GRID-FREE-OLD", FREE)), 201);
            Api.expect(api.as("admin1").post("/api/v1/platforms/GRID-FREE-OLD/rejection",
                    "{\"reason\":\"材料不全\",\"decisionRef\":\"苏教职〔2020〕9号\"}"), 200);
            platformsReady = true;
        }
    }

    @ParameterizedTest(name = "POST {0}: admin={1} finance={2} auditor={3} ownCollege={4} otherCollege={5} enterprise={6}")
    @CsvSource({
            "/api/v1/platforms,                                  Y, N, N, Y, Y, N",
            "/api/v1/platforms/{id}/approval,                    Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/rejection,                   Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/agreements,                  N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/installments,                N, Y, N, Y, N, N",
            "/api/v1/platforms/{id}/enterprise-contributions,    N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/expenditures,                N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/adjustments,                 N, Y, N, Y, N, N",
            "/api/v1/platforms/{id}/recoveries,                  N, Y, N, Y, N, N",
            "/api/v1/platforms/{id}/imports/installments,        N, Y, N, Y, N, N",
            "/api/v1/platforms/{id}/imports/expenditures,        N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/imports/enterprise-contributions, N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/provincial-allocations,      N, Y, N, N, N, N",
            "/api/v1/platforms/{id}/provincial-payments,         N, Y, N, N, N, N",
            "/api/v1/platforms/{id}/provincial-arrivals,         N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/plan-revisions,              Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/suspension,                  Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/resumption,                  Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/decisions,                   Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/proposals/P-9/approval,      Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/proposals/P-9/withdrawal,    Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/acceptance-requests,         N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/acceptance-reviews,          Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/extensions,                  Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/acceptance-overrides,        Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/enterprise-contributions/C-9/confirmation, N, N, N, N, N, Y",
            "/api/v1/platforms/{id}/enterprise-contributions/C-9/dispute,      N, N, N, N, N, Y",
            "/api/v1/platforms/{id}/task-book,                   Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/reports,                     N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/documents,                   Y, Y, Y, Y, N, N",
            "/api/v1/platforms/{id}/findings,                    N, N, Y, N, N, N",
            "/api/v1/platforms/{id}/findings/F-9/rectification,  N, N, N, Y, N, N",
            "/api/v1/platforms/{id}/findings/F-9/closure,        Y, N, N, N, N, N",
            "/api/v1/platforms/{id}/findings/F-9/reopening,      Y, N, N, N, N, N",
            "/api/v1/programmes,                                 Y, N, N, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/parameter-changes,       Y, N, N, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/proposals/P-9/approval,   Y, N, N, N, N, N",
            "/api/v1/programmes/JS-PLATFORMS-2019/proposals/P-9/withdrawal, Y, N, N, N, N, N",
            "/api/v1/evaluation-rounds,                          Y, N, N, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-GRID/panel-scores,   Y, N, N, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-GRID/publication,    Y, N, N, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-GRID/proposals/P-9/approval,   Y, N, N, N, N, N",
            "/api/v1/evaluation-rounds/EVAL-GRID/proposals/P-9/withdrawal, Y, N, N, N, N, N"})
    void everyEndpointForEveryRole(String path, String admin, String finance, String auditor, String own, String other,
                                   String enterprise) {
        String ownPath = path.replace("{id}", "GRID-OWN");
        check(api.as("admin1"), ownPath, admin);
        check(api.as("finance"), ownPath, finance);
        check(api.as("auditor"), ownPath, auditor);
        // ENTERPRISE_REPRESENTATIVE of the platform's enterprise E1 (which contribution it may answer for, the platform
        // decides: its own enterprise's only)
        check(api.as("enterprise-" + Requests.E1_CODE), ownPath, enterprise);
        check(api.as(Requests.college(OWN)), ownPath, own);
        // the officer of college A on a platform of college B (for declarations: the same endpoint, other body)
        check(api.as(Requests.college(OWN)), path.replace("{id}", "GRID-OTHER"),
                path.contains("{id}") ? other : own);
        Api.Response anonymous = api.anonymous().post(ownPath, "{}");
        assertThat(anonymous.status()).as("anonymous " + ownPath).isEqualTo(401);
    }

    private static void check(Api api, String path, String expected) {
        Api.Response response = api.post(path, "{}");
        if ("Y".equals(expected)) {
            assertThat(response.status()).as(path + " " + response).isNotIn(401, 403)
                    .satisfies(s -> assertThat(response.code()).isNotEqualTo("PLATFORM_NOT_FOUND"));
        } else {
            assertThat(response.status()).as(path + " " + response).isIn(403, 404);
            assertThat(response.code()).isIn("ACCESS_DENIED", "PLATFORM_NOT_FOUND");
        }
    }

    /**
     * ADR 0013: another college's platform answers as if it did not exist. A taken id is refused with the same
     * answer whoever holds it (the officer's own college or another), naming no college, so declaring cannot tell
     * an officer that another college's platform exists.
     */
    @Test
    void aTakenPlatformIdIsRefusedAlikeWhoeverHoldsIt() {
        Api officer = api.as(Requests.college(FREE));
        Api.Response othersId = officer.post("/api/v1/platforms", Requests.declaration("GRID-OTHER", FREE));
        Api.Response ownOldId = officer.post("/api/v1/platforms", Requests.declaration("GRID-FREE-OLD", FREE));
        for (Api.Response taken : List.of(othersId, ownOldId)) {
            assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
            assertThat(taken.code()).as(taken.toString()).isEqualTo("PLATFORM_ID_TAKEN");
            assertThat(taken.json().path("errors").get(0).path("field").asText()).isEqualTo("platformId");
            assertThat(taken.body()).doesNotContain(OTHER).doesNotContain(FREE);
        }
        assertThat(othersId.json().path("detail").asText().replace("GRID-OTHER", "{id}"))
                .isEqualTo(ownOldId.json().path("detail").asText().replace("GRID-FREE-OLD", "{id}"));
        // an administrator gets the same answer: one rule for everyone
        assertThat(api.as("admin1").post("/api/v1/platforms", Requests.declaration("GRID-OTHER", "9500000004")).code())
                .isEqualTo("PLATFORM_ID_TAKEN");
    }

    /**
     * A college that has its live platform may declare nothing, whatever the id: it is told so before any id is
     * looked at, so its officer cannot use declarations to test which ids exist.
     */
    @Test
    void aCollegeWithItsLivePlatformLearnsNothingAboutOtherIds() {
        Api officer = api.as(Requests.college(OWN));
        for (String id : List.of("GRID-OTHER", "GRID-FREE-OLD", "GRID-NEVER-USED")) {
            Api.Response response = officer.post("/api/v1/platforms", Requests.declaration(id, OWN));
            assertThat(response.status()).as(id + " " + response).isEqualTo(409);
            assertThat(response.code()).as(id + " " + response).isEqualTo("COLLEGE_ALREADY_HAS_PLATFORM");
        }
    }

    /**
     * The scrape endpoint shows programme money totals: only the scrape account (METRICS_READER) reads it, and that
     * account reads nothing else.
     */
    @Test
    void onlyTheMetricsReaderScrapesAndItReadsNothingElse() {
        assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        for (String user : List.of("admin1", "finance", "auditor", Requests.college(OWN))) {
            Api.Response response = api.as(user).get("/actuator/prometheus");
            assertThat(response.status()).as(user + " " + response).isEqualTo(403);
        }
        Api scraper = api.as("prometheus", CommandSideIntegrationTest.SCRAPE_PASSWORD);
        Api.Response scrape = scraper.get("/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        assertThat(scrape.body()).contains("ledger_commands_total");
        assertThat(api.as("prometheus", "not-the-password").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(scraper.post("/api/v1/platforms", Requests.declaration("GRID-SCRAPER", "9500000005")).status())
                .isEqualTo(403);
        for (String path : List.of("/v3/api-docs", "/actuator/sbom", "/actuator/metrics")) {
            assertThat(scraper.get(path).status()).as(path).isEqualTo(403);
        }
        // health stays open to probes
        assertThat(api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void everyEndpointOfTheApplicationIsInThePolicy() {
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                String sample = pattern.replace("{platformId}", "P-1").replace("{proposalId}", "P-2");
                for (var verb : info.getMethodsCondition().getMethods()) {
                    if (CommandAccessPolicy.POLICY.ruleFor(verb.name(), sample).isEmpty()) {
                        missing.add(verb + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing).as("endpoints without a rule (denied to everyone)").isEmpty();
    }

    /**
     * GET permitted-commands: every role may ask (a college officer about its own platform only), and each is told
     * exactly the POST rows of the grid above it may use on that platform, with the installment sources of the body
     * rule below. Written out here too, so that the answer and the decision the API applies cannot drift apart.
     */
    @Test
    void everyRoleIsToldTheCommandsTheGridLetsItSend() {
        String path = "/api/v1/platforms/GRID-OWN/permitted-commands";
        assertThat(permitted(api.as("admin1"), path)).isEqualTo(List.of("approval", "rejection", "plan-revisions",
                "suspension", "resumption", "decisions", "proposals/{proposalId}/approval",
                "proposals/{proposalId}/withdrawal", "acceptance-reviews", "extensions", "acceptance-overrides",
                "task-book", "documents", "findings/{findingId}/closure", "findings/{findingId}/reopening"));
        assertThat(permitted(api.as("enterprise-" + Requests.E1_CODE), path)).isEqualTo(List.of(
                "enterprise-contributions/{id}/confirmation", "enterprise-contributions/{id}/dispute"));
        assertThat(permitted(api.as("finance"), path)).isEqualTo(List.of("installments", "adjustments", "recoveries",
                "imports/installments", "provincial-allocations", "provincial-payments", "documents"));
        assertThat(permitted(api.as("auditor"), path)).isEqualTo(List.of("documents", "findings"));
        assertThat(permitted(api.as(Requests.college(OWN)), path)).isEqualTo(List.of("agreements", "installments",
                "enterprise-contributions", "expenditures", "adjustments", "recoveries", "imports/installments",
                "imports/expenditures", "imports/enterprise-contributions", "provincial-arrivals",
                "acceptance-requests", "reports",
                "documents", "findings/{findingId}/rectification"));

        Api.Response finance = api.as("finance").get(path);
        assertThat(finance.json().path("installmentSources").toString()).isEqualTo("[\"PROVINCIAL_FINANCE\"]");
        assertThat(finance.json().path("role").asText()).isEqualTo("FINANCE_OFFICER");
        assertThat(api.as(Requests.college(OWN)).get(path).json().path("installmentSources").toString())
                .isEqualTo("[\"LOCAL_GOVERNMENT\",\"SPONSOR\",\"ENTERPRISE\",\"COLLEGE\",\"INDUSTRY_OTHER\"]");
        assertThat(api.as("admin1").get(path).json().path("installmentSources").toString()).isEqualTo("[]");

        Api.Response other = api.as(Requests.college(OWN)).get("/api/v1/platforms/GRID-OTHER/permitted-commands");
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(api.as("admin1").get("/api/v1/platforms/NEVER-DECLARED/permitted-commands").status()).isEqualTo(404);
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);
    }

    private static List<String> permitted(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        List<String> commands = new ArrayList<>();
        response.json().path("commands").forEach(c -> commands.add(c.asText()));
        return commands;
    }

    @Test
    void bodyRulesDeclareForTheOwnCollegeAndSplitProvincialMoney() {
        assertThat(api.as(Requests.college(OWN)).post("/api/v1/platforms",
                Requests.declaration("GRID-X", OTHER)).code()).isEqualTo("ACCESS_DENIED");
        assertThat(api.as("finance").post("/api/v1/platforms/GRID-OWN/installments",
                Requests.installment("I-F", "COLLEGE", "1.00", "2020-04-01")).code()).isEqualTo("ACCESS_DENIED");
        assertThat(api.as(Requests.college(OWN)).post("/api/v1/platforms/GRID-OWN/installments",
                Requests.installment("I-C", "PROVINCIAL_FINANCE", "1.00", "2020-04-01")).code()).isEqualTo("ACCESS_DENIED");
        assertThat(api.as("finance").post("/api/v1/platforms/GRID-OWN/installments",
                Requests.installment("I-F2", "PROVINCIAL_FINANCE", "1.00", "2020-04-01")).status()).isEqualTo(201);
    }
}
