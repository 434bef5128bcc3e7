package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Suspended and terminated platforms, recovery due, and the share boundaries of docs/domain.md §2 through the APIs. */
class LifecycleAndBoundaryIT {

    private static LedgerSystem ledger;
    private static Commands commands;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
    }

    private static JsonNode read(String platformId, String resource, long version) {
        return expect(ledger.queries.get("/api/v1/platforms/" + platformId + resource
                + (resource.contains("?") ? "&" : "?") + "minVersion=" + version), 200).json();
    }

    @Test
    void thirtyMillionAndOneFenWithTenMillionIsNotMetButWithTenMillionAndOneFenItIs() {
        String p = "BOUND-1";
        commands.approvedPlatform(p, "8200000001");
        commands.installment(p, "I-1", "COLLEGE", "20000000.01", "2020-04-01");
        long v = commands.contribution(p, "C-1", "E1", "CASH", "10000000.00", "2020-04-02");
        JsonNode notMet = read(p, "/compliance", v);
        assertThat(notMet.path("actualTotal").asText()).isEqualTo("30000000.01");
        assertThat(notMet.path("actualEnterpriseShareMet").asBoolean()).isFalse();
        assertThat(notMet.path("actualTotalMet").asBoolean()).isTrue();

        commands.correction(p, "K-1", "I-1", "20000000.00");
        v = commands.correction(p, "K-2", "C-1", "10000000.01");
        JsonNode met = read(p, "/compliance", v);
        assertThat(met.path("actualTotal").asText()).isEqualTo("30000000.01");
        assertThat(met.path("actualEnterprise").asText()).isEqualTo("10000000.01");
        assertThat(met.path("actualEnterpriseShareMet").asBoolean()).isTrue();
        assertThat(met.path("actualEnterprisePercent").decimalValue()).isEqualByComparingTo("33.33");
    }

    @Test
    void aSuspendedPlatformShowsAsSuspendedAndRefusesMoney() {
        String p = "SUSP-1";
        commands.approvedPlatform(p, "8200000002");
        long v = commands.suspend(p);
        assertThat(read(p, "", v).path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(expect(commands.post(p, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2020-04-01","voucherRef":"V"}"""), 422)
                .code()).isEqualTo("PLATFORM_SUSPENDED");
        JsonNode list = expect(ledger.queries.get("/api/v1/platforms?status=SUSPENDED&size=500"), 200).json();
        assertThat(list.path("items").findValuesAsText("platformId")).contains(p);
    }

    @Test
    void aTerminatedPlatformOwesItsUnspentProvincialCashUntilRecovered() {
        String p = "TERM-1";
        commands.approvedPlatform(p, "8200000003");
        commands.installment(p, "I-1", "PROVINCIAL_FINANCE", "1000000.00", "2020-04-01");
        commands.expenditure(p, "X-1", "PROVINCIAL_FINANCE", null, "400000.00", "2020-05-01");
        long v = commands.decision(p, "TERMINATE", null, "2022-06-01");
        JsonNode owing = read(p, "/compliance", v);
        assertThat(owing.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(owing.path("recoveryDue").asText()).isEqualTo("600000.00");
        assertThat(owing.path("findings").findValuesAsText("code")).contains("RECOVERY_DUE");
        JsonNode programme = expect(ledger.queries.get("/api/v1/programme/compliance?size=500"), 200).json();
        JsonNode row = null;
        for (JsonNode r : programme.path("rows")) {
            if (r.path("platformId").asText().equals(p)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("recoveryDue").asText()).isEqualTo("600000.00");

        v = commands.recovery(p, "600000.00", "2022-07-01");
        JsonNode settled = read(p, "/compliance", v);
        assertThat(settled.path("recoveryDue").asText()).isEqualTo("0.00");
        assertThat(settled.path("findings").findValuesAsText("code")).doesNotContain("RECOVERY_DUE");
        assertThat(expect(commands.post(p, "installments", """
                {"source":"COLLEGE","form":"CASH","amount":"1.00","effectiveDate":"2020-04-01","voucherRef":"V"}"""), 422)
                .code()).isEqualTo("PLATFORM_CLOSED");
    }

    @Test
    void aReductionOfSupportShrinksThePlannedProvincialFunds() {
        String p = "REDUCE-1";
        commands.approvedPlatform(p, "8200000004");
        commands.installment(p, "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        long v = commands.decision(p, "REDUCE_SUPPORT", "2000000.00", "2021-06-01");
        JsonNode balances = read(p, "/balances", v);
        JsonNode provincial = balances.path("sources").get(0).path("figures");
        assertThat(provincial.path("planned").asText()).isEqualTo("8000000.00");
        JsonNode compliance = read(p, "/compliance", v);
        assertThat(compliance.path("plannedTotal").asText()).isEqualTo("28000000.00");
        assertThat(compliance.path("plannedTotalMet").asBoolean()).isFalse();
        assertThat(compliance.path("recoveryDue").asText()).isEqualTo("2000000.00");
    }

    @Test
    void aProposalWaitsInTheListUntilASecondAdministratorApprovesIt() {
        String p = "PROPOSE-1";
        commands.approvedPlatform(p, "8200000005");
        Api.Response proposal = expect(commands.admin().post("/api/v1/platforms/" + p + "/decisions", """
                {"type":"WITHDRAW_KEY_SUPPORT","basis":"成效较差","decisionRef":"苏教职〔2022〕9号","decidedOn":"2022-03-01"}"""), 202);
        String id = proposal.json().path("entryId").asText();
        JsonNode pending = read(p, "/proposals", proposal.version());
        assertThat(pending.get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get(0).path("proposedBy").asText()).isEqualTo("admin1");
        assertThat(expect(ledger.queries.as("admin2").get("/api/v1/proposals"), 200).json().findValuesAsText("proposalId"))
                .contains(id);
        assertThat(read(p, "", proposal.version()).path("keySupport").asBoolean()).isTrue();

        long v = expect(ledger.commands.as("admin2").post("/api/v1/platforms/" + p + "/proposals/" + id + "/approval", "{}"),
                200).version();
        JsonNode decided = read(p, "/proposals", v);
        assertThat(decided.get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get(0).path("decidedBy").asText()).isEqualTo("admin2");
        assertThat(read(p, "", v).path("keySupport").asBoolean()).isFalse();
        JsonNode history = read(p, "/history", v);
        JsonNode effect = history.get(history.size() - 2);
        assertThat(effect.path("type").asText()).isEqualTo("PerformanceDecisionRecordedEvent");
        assertThat(effect.path("user").asText()).isEqualTo("admin2");
    }

    @Test
    void unknownPlatformsAndBadParametersAreClear4xx() {
        assertThat(expect(ledger.queries.get("/api/v1/platforms/NOPE/balances"), 404).json().path("code").asText())
                .isEqualTo("PLATFORM_NOT_FOUND");
        assertThat(expect(ledger.queries.get("/api/v1/platforms/NOPE/history"), 404).json().path("code").asText())
                .isEqualTo("PLATFORM_NOT_FOUND");
        assertThat(expect(ledger.queries.get("/api/v1/platforms/NOPE/state"), 404).json().path("code").asText())
                .isEqualTo("PLATFORM_NOT_FOUND");
        assertThat(expect(ledger.queries.get("/api/v1/platforms/FULL-X/balances?asOf=2020-13-01"), 400).body())
                .doesNotContain("Exception");
        assertThat(expect(ledger.queries.get("/api/v1/platforms?size=100000"), 400).json().path("code").asText())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(expect(ledger.queries.get("/api/v1/platforms?status=NOPE"), 400).body()).doesNotContain("Exception");
    }

    @Test
    void theParametersInForceAreThePlans() {
        JsonNode parameters = expect(ledger.queries.get("/api/v1/programme/parameters"), 200).json();
        assertThat(parameters.path("minimumTotalInvestment").asText()).isEqualTo("30000000.00");
        assertThat(parameters.path("minimumEnterpriseShare").asText()).isEqualTo("1/3");
        assertThat(parameters.path("constructionYears").asInt()).isEqualTo(3);
        assertThat(parameters.path("reportPeriodEnds").toString()).isEqualTo("[\"06-30\",\"12-31\"]");
    }
}
