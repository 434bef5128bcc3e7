package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0022 through both APIs: the extension (延期) with four eyes and the money window that follows it; the acceptance
 * gate and its four-eyes override, shown in the acceptance request's row; the enterprise representative who confirms
 * or disputes the contributions in its enterprise's name, sees only its own enterprise, and the disputed money
 * flagged in compliance.
 */
class AcceptanceGateIT {

    private static LedgerSystem ledger;
    private static Commands commands;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
    }

    private static String path(String platformId, String resource) {
        return "/api/v1/platforms/" + platformId + "/" + resource;
    }

    @Test
    void anExtensionWithFourEyesMovesTheEndAndTheMoneyWindow() {
        String p = "EXT-1";
        commands.approvedPlatform(p, "8910000001");
        Api.Response tooEarly = commands.post(p, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2023-06-01","voucherRef":"V-1"}""");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("DATE_OUTSIDE_WINDOW");

        Api.Response notLater = commands.admin().post(path(p, "extensions"),
                "{\"newEnd\":\"2023-03-01\",\"reason\":\"疫情\",\"decisionRef\":\"苏教职〔2023〕延1号\"}");
        assertThat(notLater.status()).isEqualTo(422);
        assertThat(notLater.code()).isEqualTo("EXTENSION_NOT_LATER");
        Api.Response proposed = expect(commands.admin().post(path(p, "extensions"),
                "{\"newEnd\":\"2023-09-01\",\"reason\":\"疫情影响施工\",\"decisionRef\":\"苏教职〔2023〕延1号\"}"), 202);
        String proposal = "proposals/" + proposed.json().path("entryId").asText() + "/approval";
        Api.Response sameAdmin = commands.admin().post(path(p, proposal), "{}");
        assertThat(sameAdmin.status()).isEqualTo(403);
        assertThat(sameAdmin.code()).isEqualTo("FOUR_EYES_REQUIRED");
        long v = expect(ledger.commands.as("admin2").post(path(p, proposal), "{}"), 200).version();

        JsonNode platform = expect(ledger.queries.get("/api/v1/platforms/" + p + "?minVersion=" + v), 200).json();
        assertThat(platform.path("constructionEnd").asText()).isEqualTo("2023-09-01");
        expect(commands.post(p, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2023-09-01","voucherRef":"V-2"}"""), 201);
        Api.Response after = commands.post(p, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2023-09-02","voucherRef":"V-3"}""");
        assertThat(after.status()).isEqualTo(422);
        assertThat(after.code()).isEqualTo("DATE_OUTSIDE_WINDOW");
    }

    @Test
    void anAcceptanceRequestNeedsReadinessOrAFourEyesOverride() {
        String p = "GATE-1";
        commands.approvedPlatform(p, "8910000002");
        Api.Response refused = commands.post(p, "acceptance-requests", "{\"requestedOn\":\"2023-03-01\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("ACCEPTANCE_NOT_READY");
        assertThat(refused.body()).contains("TOTAL_RECEIVED");

        Api.Response byCollege = commands.post(p, "acceptance-overrides",
                "{\"requestedOn\":\"2023-03-01\",\"reason\":\"x\"}");
        assertThat(byCollege.status()).isEqualTo(403);
        long v = commands.overrideAcceptance(p, "2023-03-01", "疫情影响，经厅务会研究同意验收");

        JsonNode platform = expect(ledger.queries.get("/api/v1/platforms/" + p + "?minVersion=" + v), 200).json();
        assertThat(platform.path("status").asText()).isEqualTo("ACCEPTANCE_REQUESTED");
        JsonNode proposals = expect(ledger.queries.get("/api/v1/platforms/" + p + "/proposals"), 200).json();
        assertThat(proposals.toString()).contains("ACCEPTANCE_OVERRIDE", "APPROVED", "疫情影响，经厅务会研究同意验收");
        Api.Response dossier = ledger.queries.get("/api/v1/platforms/" + p + "/dossier.pdf");
        assertThat(dossier.status()).isEqualTo(200);
    }

    @Test
    void theEnterpriseConfirmsOrDisputesWhatIsRecordedInItsName() {
        String p = "ENT-1";
        commands.approvedPlatform(p, "8910000003");
        commands.contribution(p, "C-1", "E1", "CASH", "500.00", "2020-04-15");
        long v = commands.contribution(p, "C-2", "E2", "CASH", "300.00", "2020-04-16");

        Api e1 = commands.enterprise(Commands.E1_CODE);
        Api e2 = commands.enterprise(Commands.E2_CODE);
        Api e1Reads = ledger.queries.as("enterprise-" + Commands.E1_CODE);
        Api strangerReads = ledger.queries.as("enterprise-91320200MA00110085");
        Api.Response notTheirs = e2.post(path(p, "enterprise-contributions/C-1/confirmation"), "{}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.code()).isEqualTo("NOT_CONTRIBUTING_ENTERPRISE");
        Api.Response byCollege = commands.post(p, "enterprise-contributions/C-1/confirmation", "{}");
        assertThat(byCollege.status()).isEqualTo(403);
        Api.Response noReason = e2.post(path(p, "enterprise-contributions/C-2/dispute"), "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);

        commands.confirm(p, "C-1", Commands.E1_CODE);
        Api.Response twice = e1.post(path(p, "enterprise-contributions/C-1/confirmation"), "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("CONTRIBUTION_ALREADY_ANSWERED");
        v = expect(e2.post(path(p, "enterprise-contributions/C-2/dispute"), "{\"reason\":\"实际未到位\"}"), 200).version();

        JsonNode own = expect(e1Reads.get("/api/v1/platforms/" + p + "/enterprise-contributions?minVersion=" + v), 200).json();
        assertThat(own.path("enterprises")).hasSize(1);
        assertThat(own.path("enterprises").get(0).path("partyId").asText()).isEqualTo("E1");
        assertThat(own.path("enterprises").get(0).path("confirmed").asText()).isEqualTo("500.00");
        // the voucher the college recorded is what the enterprise checks its own books against
        assertThat(own.path("enterprises").get(0).path("contributions").get(0).path("voucherRef").asText())
                .isEqualTo("凭证-C-1");

        // the representative's own page: every platform where its enterprise is a party, its own enterprise only
        JsonNode mine = expect(e1Reads.get("/api/v1/me/enterprise-contributions"), 200).json();
        assertThat(mine.path("enterprise").asText()).isEqualTo(Commands.E1_CODE);
        JsonNode ent1 = null;
        for (JsonNode platform : mine.path("platforms")) {
            assertThat(platform.path("contributions").path("creditCode").asText()).isEqualTo(Commands.E1_CODE);
            if (platform.path("platformId").asText().equals(p)) {
                ent1 = platform;
            }
        }
        assertThat(ent1).as("ENT-1 among " + mine).isNotNull();
        assertThat(ent1.path("contributions").path("contributions").findValuesAsText("entryId")).containsExactly("C-1");
        assertThat(ent1.path("contributions").path("contributions").get(0).path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(expect(strangerReads.get("/api/v1/me/enterprise-contributions"), 200).json().toString())
                .doesNotContain(p);
        assertThat(ledger.queries.get("/api/v1/me/enterprise-contributions").status()).isEqualTo(403);
        JsonNode all = expect(ledger.queries.get("/api/v1/platforms/" + p + "/enterprise-contributions"), 200).json();
        assertThat(all.path("enterprises").findValuesAsText("disputed")).containsExactly("0.00", "300.00");
        assertThat(all.path("enterprises").findValuesAsText("pledged")).containsExactly("6000000.00", "4000000.00");

        assertThat(strangerReads.get("/api/v1/platforms/" + p + "/enterprise-contributions").status()).isEqualTo(404);
        assertThat(e1Reads.get("/api/v1/platforms/" + p).status()).isEqualTo(403);
        assertThat(e1Reads.get("/api/v1/platforms").status()).isEqualTo(403);
        JsonNode me = expect(e1Reads.get("/api/v1/me"), 200).json();
        assertThat(me.path("role").asText()).isEqualTo("ENTERPRISE_REPRESENTATIVE");
        assertThat(me.path("enterprise").asText()).isEqualTo(Commands.E1_CODE);

        JsonNode compliance = expect(ledger.queries.get("/api/v1/platforms/" + p + "/compliance"), 200).json();
        assertThat(compliance.path("findings").findValuesAsText("code")).contains("CONTRIBUTION_DISPUTED");
        JsonNode readiness = expect(ledger.queries.get("/api/v1/platforms/" + p + "/readiness"), 200).json();
        assertThat(readiness.toString()).contains("\"code\":\"ENTERPRISE_CONTRIBUTIONS_CONFIRMED\",\"met\":false");
    }
}
