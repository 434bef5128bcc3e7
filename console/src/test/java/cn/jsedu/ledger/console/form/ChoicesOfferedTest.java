package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.FakeApi;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.config.ConsoleWebConfig;
import cn.jsedu.ledger.console.login.ConsoleCredentials;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step on a finding offers only the findings its command accepts, and a payment only the allocations with
 * something left unpaid, each labelled by what it is (in Chinese on the Chinese page), read from the query API as
 * the signed-in user.
 */
class ChoicesOfferedTest {

    private static final ApiCall COLLEGE = new ApiCall(new ConsoleCredentials("college-01", "secret"), "corr-1", "10.0.0.7");
    private final MessageSource messages = new ConsoleWebConfig().messageSource();
    private FakeApi api;
    private QueryApi queries;

    @BeforeEach
    void start() throws IOException {
        api = new FakeApi();
        queries = api.queryApi("relay");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void eachFindingStepOffersTheFindingsInTheStateItsCommandAccepts() {
        api.answers("/api/v1/platforms/JS-101/findings", 200, """
                {"platformId":"JS-101","open":2,"findings":[
                 {"findingId":"F-1","category":"FUND_USE","text":"差旅费在设备购置中列支，金额较大且未附审批单据，需补充说明并提供原始凭证","deadline":"2027-03-31","status":"OPEN","overdue":false},
                 {"findingId":"F-2","category":"PROCUREMENT","text":"未公开招标","deadline":"2027-04-30","status":"ANSWERED","overdue":false},
                 {"findingId":"F-3","category":"OTHER","text":"已整改","deadline":"2027-01-31","status":"CLOSED","overdue":false}]}
                """);
        assertThat(FindingForms.inState(queries, "JS-101", Set.of(FindingStatus.OPEN), messages, Locale.SIMPLIFIED_CHINESE,
                COLLEGE)).extracting(FormField.Option::value, FormField.Option::literalLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("F-1", "F-1 · 资金使用 · 期限 2027-03-31 · 差旅费在设备购置中列支，金额较大且未附审批单据，需补充说明并…"));
        assertThat(FindingForms.inState(queries, "JS-101", Set.of(FindingStatus.ANSWERED, FindingStatus.CLOSED), messages,
                Locale.SIMPLIFIED_CHINESE, COLLEGE)).extracting(FormField.Option::value).containsExactly("F-2", "F-3");
        assertThat(api.received.get(0).pathAndQuery()).isEqualTo("/api/v1/platforms/JS-101/findings");
    }

    @Test
    void aPaymentOffersTheAllocationsWithSomethingUnpaid() {
        api.answers("/api/v1/platforms/JS-101/provincial-chain", 200, """
                {"platformId":"JS-101","allocations":[
                 {"allocationId":"A-1","allocatedOn":"2026-03-02","documentNumber":"苏财教〔2026〕12号","amount":"1500000.00","unpaid":"0.00"},
                 {"allocationId":"A-2","allocatedOn":"2026-05-06","documentNumber":"苏财教〔2026〕30号","amount":"2000000.00","unpaid":"500000.00"}]}
                """);
        assertThat(ProvincialChainForms.payable(queries, "JS-101", messages, Locale.SIMPLIFIED_CHINESE, COLLEGE))
                .extracting(FormField.Option::value, FormField.Option::literalLabel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A-2",
                                "2026-05-06 · 苏财教〔2026〕30号 · 2000000.00 · 未拨付 500000.00 元"));
    }
}
