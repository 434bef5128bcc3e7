package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets and the provincial money chain through the command API: the budget declared with the task book, the
 * tolerance held to the fen, the budget revised by a four-eyes plan revision; allocation and payment by the finance
 * office, arrival confirmed by the college; refusals as problem details naming the field.
 */
@CommandSideIntegrationTest
class FinanceCommandsIT {

    private static final String TARGETS = """
            [{"code":"T1-CORE-MODULES","value":"10"},{"code":"T2-PRACTICE-POSITIONS","value":"200"},
             {"code":"T3-INDUSTRY-MENTORS","value":"30"},{"code":"T4-MODULAR-COURSES","value":"12"},
             {"code":"T5-FOUR-TECH-REVENUE","value":"1500000.00"},{"code":"T6-CREDIT-BANK","value":"true"},
             {"code":"T7-INDUSTRY-COLLEGES","value":"1"}]""";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String path(String platformId, String command) {
        return "/api/v1/platforms/" + platformId + "/" + command;
    }

    @Test
    void aBudgetIsDeclaredWithTheTaskBookHeldToTheFenAndRevisedWithFourEyes() {
        String college = "9500000101";
        Requests.approvedPlatform(api, "FIN-B", college);
        Api officer = api.as(Requests.college(college));
        expect(api.as("admin1").post(path("FIN-B", "task-book"), """
                {"targets":%s,"decisionRef":"苏教职〔2020〕任务书1号",
                 "budget":[{"category":"EQUIPMENT_PURCHASE","year":2020,"amount":"1000000.00"}]}""".formatted(TARGETS)),
                200);
        expect(officer.post(path("FIN-B", "installments"), Requests.installment("I-1", "COLLEGE", "2000000.00",
                "2020-04-01")), 201);
        expect(officer.post(path("FIN-B", "expenditures"), Requests.expenditure("X-1", "COLLEGE", "1100000.00",
                "2020-05-01")), 201);
        Api.Response beyond = officer.post(path("FIN-B", "expenditures"), Requests.expenditure("X-2", "COLLEGE", "0.01",
                "2020-05-01"));
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(422);
        assertThat(beyond.code()).isEqualTo("BUDGET_EXCEEDED");
        assertThat(beyond.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");

        Api.Response again = api.as("admin1").post(path("FIN-B", "task-book"), """
                {"targets":%s,"reason":"调整","decisionRef":"d",
                 "budget":[{"category":"EQUIPMENT_PURCHASE","year":2020,"amount":"2000000.00"}]}""".formatted(TARGETS));
        assertThat(again.code()).as(again.toString()).isEqualTo("BUDGET_ALREADY_DECLARED");

        String proposal = expect(api.as("admin1").post(path("FIN-B", "plan-revisions"), """
                {"reason":"设备涨价","decisionRef":"苏教职〔2021〕2号",
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2020,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"},
                         {"source":"COLLEGE","year":2021,"amount":"10000000.00"}],
                 "budget":[{"category":"EQUIPMENT_PURCHASE","year":2020,"amount":"1200000.00"}]}"""), 202)
                .json().path("entryId").asText();
        // not yet in force: still refused
        assertThat(officer.post(path("FIN-B", "expenditures"), Requests.expenditure("X-3", "COLLEGE", "0.01",
                "2020-05-01")).code()).isEqualTo("BUDGET_EXCEEDED");
        expect(api.as("admin2").post(path("FIN-B", "proposals/" + proposal + "/approval"), "{}"), 200);
        expect(officer.post(path("FIN-B", "expenditures"), Requests.expenditure("X-3", "COLLEGE", "220000.00",
                "2020-05-01")), 201);
    }

    @Test
    void aMalformedBudgetLineIsA400NamingTheField() {
        String college = "9500000102";
        Requests.approvedPlatform(api, "FIN-M", college);
        Api.Response response = api.as("admin1").post(path("FIN-M", "task-book"), """
                {"targets":%s,"decisionRef":"d","budget":[{"year":2020,"amount":"1.000"}]}""".formatted(TARGETS));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body()).contains("budget[0].category").contains("budget[0].amount");
    }

    @Test
    void provincialMoneyIsAllocatedPaidAndConfirmedOnArrivalByTheCollege() {
        String college = "9500000103";
        Requests.approvedPlatform(api, "FIN-C", college);
        Api finance = api.as("finance");
        Api officer = api.as(Requests.college(college));
        expect(finance.post(path("FIN-C", "provincial-allocations"), """
                {"allocationId":"AL-1","amount":"3000000.00","allocatedOn":"2020-04-01","documentNumber":"苏财教〔2020〕1号"}"""),
                201);
        Api.Response tooMuch = finance.post(path("FIN-C", "provincial-payments"), """
                {"paymentId":"PAY-1","allocationId":"AL-1","amount":"3000000.01","paidOn":"2020-04-10","voucherRef":"拨款-1"}""");
        assertThat(tooMuch.code()).as(tooMuch.toString()).isEqualTo("PAYMENT_EXCEEDS_ALLOCATION");
        expect(finance.post(path("FIN-C", "provincial-payments"), """
                {"paymentId":"PAY-1","allocationId":"AL-1","amount":"3000000.00","paidOn":"2020-04-10","voucherRef":"拨款-1"}"""),
                201);
        Api.Response arrived = expect(officer.post(path("FIN-C", "provincial-arrivals"), """
                {"entryId":"ARR-1","paymentId":"PAY-1","arrivedOn":"2020-04-15","voucherRef":"到账-1"}"""), 201);
        assertThat(arrived.json().path("entryId").asText()).isEqualTo("ARR-1");
        Api.Response twice = officer.post(path("FIN-C", "provincial-arrivals"), """
                {"entryId":"ARR-2","paymentId":"PAY-1","arrivedOn":"2020-04-15","voucherRef":"到账-2"}""");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("PAYMENT_ALREADY_ARRIVED");
        // the arrived money is the college's to spend
        expect(officer.post(path("FIN-C", "expenditures"), Requests.expenditure("X-1", "PROVINCIAL_FINANCE",
                "3000000.00", "2020-04-15")), 201);
    }
}
