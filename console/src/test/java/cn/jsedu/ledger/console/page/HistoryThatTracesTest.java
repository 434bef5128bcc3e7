package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.console.api.FakeApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Figures that trace: an evidence id on the platform page links to the history row of that event, and the row says
 * in yuan what the event recorded, when, on which voucher, from which source, by whom and why; the raw payload (amounts
 * in fen) only behind its details toggle.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class HistoryThatTracesTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String P = "/api/v1/platforms/JS-209";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry properties) {
        APIS.serveTheConsole(properties);
    }

    @AfterAll
    static void stop() {
        APIS.close();
    }

    @BeforeEach
    void reset() {
        APIS.reset();
        DemoLikeApis.js209(APIS);
        APIS.answers(P + "/compliance", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"findings\":[{\"code\":\"RECOVERY_DUE\","
                + "\"figures\":{\"recoveryDue\":\"500000.00\",\"provincialCashBalance\":\"0.00\"},\"eventIds\":[\"9d1c2f7a-inst-1\"]}]}");
        APIS.answers(P + "/ledger", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"lines\":[{\"eventId\":\"9d1c2f7a-inst-1\","
                + "\"sequenceNumber\":1,\"entryId\":\"I-1\",\"kind\":\"INSTALLMENT\",\"source\":\"PROVINCIAL_FINANCE\","
                + "\"amount\":\"1500000.00\",\"receivedCash\":\"1500000.00\",\"receivedNonCash\":\"0.00\",\"spent\":\"0.00\","
                + "\"recovered\":\"0.00\",\"effectiveDate\":\"2021-03-01\",\"recordedAt\":\"2021-03-02T01:00:00Z\","
                + "\"voucherRef\":\"苏财教〔2021〕9号\"}]}");
        APIS.answers(P + "/history", 200, "[{\"sequenceNumber\":0,\"globalIndex\":10,\"eventId\":\"4b0e-approved\","
                + "\"type\":\"PlatformApprovedEvent\",\"revision\":\"1\",\"recordedAt\":\"2020-12-30T08:00:00Z\","
                + "\"user\":\"admin1\",\"role\":\"PROVINCE_ADMIN\",\"reason\":\"立项评审通过\",\"decisionRef\":\"苏教职〔2020〕12号\","
                + "\"payload\":{\"platformId\":\"JS-209\"}},"
                + "{\"sequenceNumber\":1,\"globalIndex\":11,\"eventId\":\"9d1c2f7a-inst-1\",\"type\":\"InstallmentRecordedEvent\","
                + "\"revision\":\"1\",\"recordedAt\":\"2021-03-02T01:00:00Z\",\"user\":\"finance1\",\"role\":\"FINANCE_OFFICER\","
                + "\"idempotencyKey\":\"console-k-1\",\"payload\":{\"amount\":{\"fen\":150000000}}}]");
        APIS.answers(P + "/verification", 503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\"}");
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void evidenceLinksToTheHistoryRowWhichSaysWhatWasRecordedInYuan() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);

        RenderedPage platform = page("/console/platforms/JS-209", session);
        assertThat(platform.html()).contains("href=\"/console/platforms/JS-209/audit#ev-9d1c2f7a-inst-1\"");

        RenderedPage audit = page("/console/platforms/JS-209/audit", session);
        String row = audit.html().substring(audit.html().indexOf("id=\"event-1\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(audit.tag("ev-9d1c2f7a-inst-1")).as("the anchor the evidence link names").startsWith("<td");
        assertThat(row).contains("资金到位", "1,500,000.00", "2021-03-01", "苏财教〔2021〕9号", "省财政专项资金（含奖补）",
                "finance1", "省财政厅经办人");
        // the payload's fen and the idempotency key are inside the details toggle, not in the row's cells
        assertThat(row.substring(0, row.indexOf("<details"))).doesNotContain("150000000", "console-k-1");
        assertThat(row.substring(row.indexOf("<details"))).contains("150000000", "console-k-1", "原始内容（金额单位：分）");

        String approved = audit.html().substring(audit.html().indexOf("id=\"event-0\""));
        approved = approved.substring(0, approved.indexOf("</tr>"));
        assertThat(approved).contains("立项", "立项评审通过 苏教职〔2020〕12号", "admin1");
        // the audit page's own findings link within the page
        assertThat(audit.html()).contains("href=\"#ev-9d1c2f7a-inst-1\"");
    }
}
