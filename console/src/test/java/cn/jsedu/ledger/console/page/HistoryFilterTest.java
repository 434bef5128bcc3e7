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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Filter and search in a platform's history (issue 16): by event kind, funding source, recorded days (China time) and
 * free text in the voucher, who and why, from the address's query parameters, so a filtered history is a link; the
 * evidence links still reach their event when the filter hides it.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class HistoryFilterTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String P = "/api/v1/platforms/JS-209";
    private static final String AUDIT = "/console/platforms/JS-209/audit";

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

    private static String entry(int seq, String eventId, String type, String recordedAt, String user, String role,
                                String reason, String decisionRef) {
        return "{\"sequenceNumber\":" + seq + ",\"globalIndex\":" + (10 + seq) + ",\"eventId\":\"" + eventId
                + "\",\"type\":\"" + type + "\",\"revision\":\"1\",\"recordedAt\":\"" + recordedAt + "\",\"user\":\""
                + user + "\",\"role\":\"" + role + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + (decisionRef == null ? "" : ",\"decisionRef\":\"" + decisionRef + "\"") + ",\"payload\":{}}";
    }

    private static String line(int seq, String eventId, String kind, String source, String amount, String date,
                               String recordedAt, String voucher, String reason) {
        return "{\"eventId\":\"" + eventId + "\",\"sequenceNumber\":" + seq + ",\"entryId\":\"E-" + seq + "\",\"kind\":\""
                + kind + "\",\"source\":\"" + source + "\",\"amount\":\"" + amount + "\",\"effectiveDate\":\"" + date
                + "\",\"recordedAt\":\"" + recordedAt + "\",\"voucherRef\":\"" + voucher + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @BeforeEach
    void reset() {
        APIS.reset();
        DemoLikeApis.js209(APIS);
        APIS.answers(P + "/compliance", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"findings\":[{\"code\":\"RECOVERY_DUE\","
                + "\"figures\":{\"recoveryDue\":\"500000.00\",\"provincialCashBalance\":\"0.00\"},\"eventIds\":[\"9d1c2f7a-inst-1\"]}]}");
        APIS.answers(P + "/history", 200, "["
                + entry(0, "4b0e-approved", "PlatformApprovedEvent", "2020-12-30T08:00:00Z", "admin1", "PROVINCE_ADMIN",
                "立项评审通过", "苏教职〔2020〕12号") + ","
                + entry(1, "9d1c2f7a-inst-1", "InstallmentRecordedEvent", "2021-03-02T01:00:00Z", "finance1", "FINANCE_OFFICER",
                null, null) + ","
                + entry(2, "5e2f-inst-2", "InstallmentRecordedEvent", "2021-06-01T02:00:00Z", "finance1", "FINANCE_OFFICER",
                null, null) + ","
                // 2021-07-15 16:30 UTC is 2021-07-16 00:30 in China: recorded on the 16th
                + entry(3, "6a3b-exp-1", "ExpenditureRecordedEvent", "2021-07-15T16:30:00Z", "college-9", "COLLEGE_OFFICER",
                null, null) + "]");
        APIS.answers(P + "/ledger", 200, "{\"platformId\":\"JS-209\",\"version\":12,\"lines\":["
                + line(1, "9d1c2f7a-inst-1", "INSTALLMENT", "PROVINCIAL_FINANCE", "1500000.00", "2021-03-01",
                "2021-03-02T01:00:00Z", "苏财教〔2021〕9号", null) + ","
                + line(2, "5e2f-inst-2", "INSTALLMENT", "ENTERPRISE", "2000000.00", "2021-05-28",
                "2021-06-01T02:00:00Z", "企业转账回单 0528", null) + ","
                + line(3, "6a3b-exp-1", "EXPENDITURE", "COLLEGE", "300000.00", "2021-07-15",
                "2021-07-15T16:30:00Z", "记字第12号", "购置实训设备") + "]}");
        APIS.answers(P + "/verification", 503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\"}");
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String events(RenderedPage page) {
        Matcher m = Pattern.compile("<tr[^>]*\\bid=\"event-(\\d+)\"").matcher(page.html());
        StringBuilder seqs = new StringBuilder();
        while (m.find()) {
            seqs.append(seqs.isEmpty() ? "" : " ").append(m.group(1));
        }
        return seqs.toString();
    }

    @Test
    void filtersByKindSourceAndRecordedDaysFromTheAddress() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);

        RenderedPage all = page(AUDIT, session);
        assertThat(events(all)).isEqualTo("0 1 2 3");
        assertThat(all.html()).doesNotContain("id=\"history-count\"");

        RenderedPage installments = page(AUDIT + "?kind=InstallmentRecordedEvent", session);
        assertThat(events(installments)).isEqualTo("1 2");
        assertThat(installments.text("history-count")).isEqualTo("显示 2 条，共 4 条事件。");
        assertThat(installments.html()).contains("<option value=\"InstallmentRecordedEvent\" selected=\"selected\">资金到位</option>");

        assertThat(events(page(AUDIT + "?source=ENTERPRISE", session))).isEqualTo("2");
        assertThat(events(page(AUDIT + "?from=2021-03-02&to=2021-07-15", session)))
                .as("both days included, in China time").isEqualTo("1 2");
        assertThat(events(page(AUDIT + "?from=2021-07-16", session))).isEqualTo("3");

        RenderedPage wrong = page(AUDIT + "?from=yesterday&source=NOWHERE", session);
        assertThat(events(wrong)).isEqualTo("0 1 2 3");
        assertThat(wrong.text("history-filter-invalid")).isEqualTo("筛选条件中有无法识别的日期或资金来源，已忽略。");
    }

    @Test
    void searchesVoucherWhoAndWhy() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);

        assertThat(events(page(AUDIT + "?q=记字第12", session))).as("voucher").isEqualTo("3");
        assertThat(events(page(AUDIT + "?q=ADMIN1", session))).as("who, case ignored").isEqualTo("0");
        assertThat(events(page(AUDIT + "?q=实训设备", session))).as("why, the ledger line's reason").isEqualTo("3");
        assertThat(events(page(AUDIT + "?q=苏教职〔2020〕12号", session))).as("the decision document").isEqualTo("0");
        assertThat(events(page(AUDIT + "?q=苏财教&kind=InstallmentRecordedEvent", session))).isEqualTo("1");
        assertThat(events(page(AUDIT + "?q=finance1&source=COLLEGE", session))).isEmpty();
    }

    @Test
    void evidenceLinksReachTheirEventWhateverTheFilterAndTimeTravelKeepsTheFilter() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);

        assertThat(page(AUDIT, session).html()).contains("href=\"#ev-9d1c2f7a-inst-1\"");
        RenderedPage filtered = page(AUDIT + "?asOf=2022-01-01&kind=ExpenditureRecordedEvent", session);
        assertThat(events(filtered)).isEqualTo("3");
        assertThat(filtered.html()).as("the finding's evidence is filtered out: its link leads to the whole history")
                .contains("href=\"/console/platforms/JS-209/audit?asOf=2022-01-01#ev-9d1c2f7a-inst-1\"");
        assertThat(filtered.attribute("history-filter-clear", "href")).isEqualTo(AUDIT + "?asOf=2022-01-01");
        String timeTravel = filtered.html().substring(filtered.html().indexOf("id=\"time-travel\""));
        assertThat(timeTravel.substring(0, timeTravel.indexOf("</form>")))
                .contains("name=\"kind\" value=\"ExpenditureRecordedEvent\"");
        // the platform page's evidence links name the unfiltered history, where every anchor is
        assertThat(page("/console/platforms/JS-209", session).html())
                .contains("href=\"/console/platforms/JS-209/audit#ev-9d1c2f7a-inst-1\"");
        assertThat(page(AUDIT, session).tag("ev-9d1c2f7a-inst-1")).startsWith("<td");
    }

    @Test
    void inEnglishTheFilterSpeaksEnglish() throws Exception {
        RenderedPage page = page(AUDIT + "?lang=en&source=PROVINCIAL_FINANCE",
                ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE));
        assertThat(page.text("history-count")).isEqualTo("Showing 1 of 4 events.");
        assertThat(page.html()).contains("Event kind", "Recorded from", "Search (voucher, who, reason, document)");
    }
}
