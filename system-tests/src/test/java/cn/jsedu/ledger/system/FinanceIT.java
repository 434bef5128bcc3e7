package cn.jsedu.ledger.system;

import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets and the provincial money chain through both APIs (docs/domain.md §9): commands on the command side, the
 * views on the query side, read after the version the last command answered.
 */
class FinanceIT {

    private static final String P = "FIN-SYS-1";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static long version;

    @BeforeAll
    static void budgetSpendingAndProvincialMoney() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commands.approvedPlatform(P, "8100000091");
        expect(commands.admin().post("/api/v1/platforms/" + P + "/task-book", """
                {"decisionRef":"苏教职〔2020〕任务书","targets":[
                  {"code":"T1-CORE-MODULES","value":"10"},{"code":"T2-PRACTICE-POSITIONS","value":"200"},
                  {"code":"T3-INDUSTRY-MENTORS","value":"30"},{"code":"T4-MODULAR-COURSES","value":"12"},
                  {"code":"T5-FOUR-TECH-REVENUE","value":"1500000.00"},{"code":"T6-CREDIT-BANK","value":"true"},
                  {"code":"T7-INDUSTRY-COLLEGES","value":"1"}],
                 "budget":[{"category":"EQUIPMENT_PURCHASE","year":2020,"amount":"2000000.00"}]}"""), 200);
        Api finance = ledger.commands.as("finance");
        expect(finance.post("/api/v1/platforms/" + P + "/provincial-allocations", """
                {"allocationId":"AL-1","amount":"3000000.00","allocatedOn":"2020-04-01","documentNumber":"苏财教〔2020〕1号"}"""),
                201);
        expect(finance.post("/api/v1/platforms/" + P + "/provincial-payments", """
                {"paymentId":"PAY-1","allocationId":"AL-1","amount":"2000000.00","paidOn":"2020-04-10","voucherRef":"拨款-1"}"""),
                201);
        expect(commands.post(P, "provincial-arrivals", """
                {"entryId":"ARR-1","paymentId":"PAY-1","arrivedOn":"2020-04-15","voucherRef":"到账-1"}"""), 201);
        commands.expenditure(P, "X-1", "PROVINCIAL_FINANCE", null, "1500000.00", "2020-05-01");
        version = commands.decision(P, "REWARD", "500000.00", "2021-06-01");
    }

    private static JsonNode read(String path) {
        return expect(ledger.queries.as("finance").get(path + (path.contains("?") ? "&" : "?") + "minVersion="
                + version), 200).json();
    }

    @Test
    void budgetAgainstActualAndTheExecutionRates() {
        JsonNode v = read("/api/v1/platforms/" + P + "/budget-execution");
        JsonNode line = v.path("lines").get(0);
        assertThat(line.path("category").asText()).isEqualTo("EQUIPMENT_PURCHASE");
        assertThat(line.path("budget").asText()).isEqualTo("2000000.00");
        assertThat(line.path("spent").asText()).isEqualTo("1500000.00");
        assertThat(line.path("spentOfBudget").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(v.path("total").path("spentOfReceived").decimalValue()).isEqualByComparingTo("75.00");
        JsonNode period = read("/api/v1/platforms/" + P + "/period-figures?period=2020H1");
        assertThat(period.path("total").path("closing").asText()).isEqualTo("500000.00");
    }

    @Test
    void theChainShowsWhatIsOutstandingAndTheRewardNotPaid() {
        JsonNode chain = read("/api/v1/platforms/" + P + "/provincial-chain");
        assertThat(chain.path("totals").path("allocated").asText()).isEqualTo("3500000.00");
        assertThat(chain.path("totals").path("paid").asText()).isEqualTo("2000000.00");
        assertThat(chain.path("totals").path("arrived").asText()).isEqualTo("2000000.00");
        assertThat(chain.path("totals").path("unpaid").asText()).isEqualTo("1500000.00");
        assertThat(chain.path("findings").get(0).path("code").asText()).isEqualTo("REWARD_NOT_PAID");
        JsonNode programme = read("/api/v1/programme/provincial-chain");
        assertThat(programme.path("findings").findValuesAsText("platformId")).contains(P);
        String csv = expect(ledger.queries.as("auditor").get("/api/v1/platforms/" + P + "/provincial-chain.csv"), 200)
                .body();
        assertThat(csv).contains("level,allocationId,decisionId").contains("TOTAL,,,,,3500000.00");
    }

    @Test
    void aBadPeriodIsA400NamingTheParameter() {
        Api.Response response = ledger.queries.as("finance").get("/api/v1/platforms/" + P + "/period-figures?period=2020H3");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("period");
    }
}
