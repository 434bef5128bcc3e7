package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md §5: an answer "as known at T" is the platform as the ledger knew it at T, every part of it: status,
 * version, construction period, plan, decisions, party names and figures. A platform is declared (t0), approved and
 * funded (t1), one of its enterprises renamed by a second agreement, then terminated (t2).
 */
class KnownAtIT {

    private static final String P = "KNOWN-1";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static Instant t0;
    private static Instant t1;
    private static Instant t2;
    private static long declared;
    private static long funded;
    private static long terminated;

    @BeforeAll
    static void declareFundRenameTerminate() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        declared = commands.declared(P, "8100000071");
        t0 = settled(declared);
        commands.approve(P);
        commands.signAgreement(P);
        funded = commands.installment(P, "I-PROV", "PROVINCIAL_FINANCE", "5000000.00", "2020-04-01");
        t1 = settled(funded);
        expect(commands.post(P, "agreements", """
                {"agreementId":"A-2","signedOn":"2020-06-01","termsRef":"共建协议-2（企业更名）",
                 "parties":[{"partyId":"E1","name":"甲企业集团","creditCode":"%s","role":"ENTERPRISE"}],
                 "pledges":[]}""".formatted(Commands.E1_CODE)), 201);
        terminated = commands.decision(P, "TERMINATE", null, "2022-06-01");
        t2 = settled(terminated);
    }

    /** The moment after the read model applied {@code version}: everything up to it is known, nothing later. */
    private static Instant settled(long version) {
        expect(ledger.queries.get("/api/v1/platforms/" + P + "?minVersion=" + version), 200);
        return Instant.now();
    }

    @Test
    void complianceAsKnownBeforeTheTerminationIsThePlatformAsItWasThen() {
        JsonNode before = compliance("knownAt=" + t1);
        assertThat(before.path("status").asText()).isEqualTo("APPROVED");
        assertThat(before.path("version").asLong()).isEqualTo(funded);
        assertThat(before.path("recoveryDue").asText()).isEqualTo("0.00");
        assertThat(before.path("actualTotal").asText()).isEqualTo("5000000.00");

        JsonNode after = compliance("knownAt=" + t2);
        assertThat(after.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(after.path("version").asLong()).isEqualTo(terminated);
        assertThat(after.path("recoveryDue").asText()).isEqualTo("5000000.00");
        assertThat(compliance("").path("status").asText()).isEqualTo("TERMINATED");
    }

    @Test
    void asKnownBeforeApprovalThereIsNoConstructionPeriod() {
        JsonNode declaredOnly = compliance("asOf=2022-01-01&knownAt=" + t0);
        assertThat(declaredOnly.path("status").asText()).isEqualTo("DECLARED");
        assertThat(declaredOnly.path("version").asLong()).isEqualTo(declared);
        assertThat(declaredOnly.has("elapsedPercent")).as("no construction period known: " + declaredOnly).isFalse();
        assertThat(declaredOnly.path("arrivalBehindSchedule").asBoolean()).isFalse();
        assertThat(compliance("asOf=2022-01-01&knownAt=" + t1).path("elapsedPercent").decimalValue())
                .isPositive();
    }

    @Test
    void balancesAsKnownCarryTheVersionAndTheNamesOfThen() {
        JsonNode before = balances("knownAt=" + t1);
        assertThat(before.path("version").asLong()).isEqualTo(funded);
        assertThat(partyName(before, "E1")).isEqualTo("甲企业");
        JsonNode now = balances("");
        assertThat(now.path("version").asLong()).isEqualTo(terminated);
        assertThat(partyName(now, "E1")).isEqualTo("甲企业集团");
    }

    @Test
    void beforeItsDeclarationThePlatformWasNotKnown() {
        Instant recorded = Instant.parse(expect(ledger.queries.get("/api/v1/platforms/" + P + "/history"), 200).json()
                .get(0).path("recordedAt").asText());
        for (String resource : new String[]{"compliance", "balances", "balances.csv"}) {
            Api.Response response = ledger.queries.get("/api/v1/platforms/" + P + "/" + resource + "?knownAt="
                    + recorded.minusMillis(1));
            assertThat(response.status()).as(resource + ": " + response).isEqualTo(404);
        }
        assertThat(compliance("knownAt=" + recorded).path("version").asLong()).isZero();
    }

    private static JsonNode compliance(String query) {
        return expect(ledger.queries.get("/api/v1/platforms/" + P + "/compliance?" + query), 200).json();
    }

    private static JsonNode balances(String query) {
        return expect(ledger.queries.get("/api/v1/platforms/" + P + "/balances?" + query), 200).json();
    }

    private static String partyName(JsonNode balances, String partyId) {
        for (JsonNode party : balances.path("enterpriseParties")) {
            if (party.path("partyId").asText().equals(partyId)) {
                return party.path("name").asText();
            }
        }
        throw new AssertionError("no party " + partyId + " in " + balances);
    }
}
