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
 * The inbox page (ADR 0025): the query API's items for the signed-in user, named in the user's language, each
 * linking where it is dealt with, and the count in the navigation.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class InboxPageTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String COLLEGE = "{\"username\":\"college-wx\",\"role\":\"COLLEGE_OFFICER\",\"college\":\"4132010001\"}";
    private static final String INBOX = "{\"username\":\"college-wx\",\"role\":\"COLLEGE_OFFICER\",\"today\":\"2023-01-10\","
            + "\"total\":3,\"counts\":{\"REPORT_DUE\":0,\"REPORT_OVERDUE\":1,\"FINDING_TO_ANSWER\":1,"
            + "\"CONSTRUCTION_ENDING\":1,\"PROPOSAL_TO_APPROVE\":0},\"items\":["
            + "{\"kind\":\"REPORT_OVERDUE\",\"platformId\":\"JS-301\",\"ref\":\"2022H1\",\"due\":\"2022-07-31\","
            + "\"daysLeft\":-163,\"figures\":{\"periodEnd\":\"2022-06-30\"},"
            + "\"link\":\"/api/v1/platforms/JS-301/reporting-status\"},"
            + "{\"kind\":\"FINDING_TO_ANSWER\",\"platformId\":\"JS-301\",\"ref\":\"F-1\",\"due\":\"2023-02-01\","
            + "\"daysLeft\":22,\"figures\":{\"category\":\"PROCUREMENT\",\"overdue\":\"false\"},"
            + "\"link\":\"/api/v1/platforms/JS-301/findings\"},"
            + "{\"kind\":\"CONSTRUCTION_ENDING\",\"platformId\":\"JS-301\",\"ref\":\"construction\",\"due\":\"2023-03-01\","
            + "\"daysLeft\":50,\"figures\":{\"constructionEnd\":\"2023-03-01\",\"status\":\"APPROVED\"},"
            + "\"link\":\"/api/v1/platforms/JS-301/readiness\"}]}";

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
        APIS.answers("/api/v1/me/inbox", 200, INBOX);
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void listsWhatWaitsInChineseWithDatesDaysAndLinksAndCountsItInTheNavigation() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, COLLEGE);

        RenderedPage page = page("/console/inbox", session);

        assertThat(page.text("inbox-count")).isEqualTo("3");
        assertThat(page.attribute("nav-inbox", "href")).isEqualTo("/console/inbox");
        String overdue = row(page, 0);
        assertThat(overdue).contains("半年报逾期未报", "JS-301", "2022H1", "2022-07-31", "已逾期 163 天", "报告期末",
                "href=\"/console/platforms/JS-301\"");
        assertThat(row(page, 1)).contains("审计发现待整改", "F-1", "2023-02-01", "还有 22 天");
        assertThat(row(page, 2)).contains("建设期即将结束", "还有 50 天");
        assertThat(page.html()).contains("id=\"count-REPORT_OVERDUE\"").doesNotContain("id=\"count-REPORT_DUE\"");
    }

    @Test
    void inEnglishThePageSpeaksEnglish() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, COLLEGE);

        RenderedPage page = page("/console/inbox?lang=en", session);

        assertThat(row(page, 0)).contains("Half-yearly report overdue", "163 days overdue", "Period end");
        assertThat(row(page, 1)).contains("Audit finding to answer", "in 22 days");
        assertThat(page.html()).doesNotContain("逾期");
    }

    @Test
    void anEmptyInboxSaysSoAndTheNavigationShowsNoCount() throws Exception {
        APIS.answers("/api/v1/me/inbox", 200, "{\"username\":\"auditor\",\"role\":\"AUDITOR\",\"today\":\"2023-01-10\","
                + "\"total\":0,\"counts\":{},\"items\":[]}");
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS,
                "{\"username\":\"auditor\",\"role\":\"AUDITOR\",\"college\":null}");

        RenderedPage page = page("/console/inbox", session);

        assertThat(page.text("inbox-empty")).isEqualTo("暂无待办事项");
        assertThat(page.html()).doesNotContain("id=\"inbox-count\"", "id=\"inbox\"");
    }

    @Test
    void everyPageShowsTheCountReadFromTheApiAtMostOnceAMinute() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, COLLEGE);
        APIS.answers("/api/v1/platforms", 200, "{\"page\":0,\"size\":500,\"total\":0,\"items\":[]}");
        APIS.received.clear();

        assertThat(page("/console/platforms", session).text("inbox-count")).isEqualTo("3");
        assertThat(page("/console/platforms", session).text("inbox-count")).isEqualTo("3");

        assertThat(APIS.received).filteredOn(r -> r.pathAndQuery().equals("/api/v1/me/inbox")).hasSize(1);
    }

    private static String row(RenderedPage page, int index) {
        String html = page.html().substring(page.html().indexOf("id=\"item-" + index + "\""));
        return html.substring(0, html.indexOf("</tr>"));
    }

    /** A contribution to confirm is answered on the representative's own page: it reads no platform page. */
    @Test
    void aContributionToConfirmLinksToTheRepresentativesPage() {
        assertThat(InboxPageController.consolePath(new cn.jsedu.ledger.console.api.view.InboxView.Item(
                "CONTRIBUTION_TO_CONFIRM", "JS-101", "C-2", null, null, java.time.LocalDate.of(2020, 5, 20), 3L,
                java.util.Map.of(), "/api/v1/platforms/JS-101/enterprise-contributions"))).isEqualTo("/console/enterprise");
        assertThat(InboxPageController.consolePath(new cn.jsedu.ledger.console.api.view.InboxView.Item(
                "PROPOSAL_TO_APPROVE", "JS-101", "P-1", null, null, java.time.LocalDate.of(2020, 5, 20), 3L,
                java.util.Map.of(), "/api/v1/platforms/JS-101/proposals"))).isEqualTo("/console/approvals");
    }

    /** A round's missing panel scores and its publication to approve are dealt with on the round's page (ADR 0026). */
    @Test
    void aRoundToScoreOrToPublishLinksToTheRoundsPage() {
        String round = "EVAL-JS-PLATFORMS-2019-2022-MIDTERM-B3";
        assertThat(InboxPageController.consolePath(new cn.jsedu.ledger.console.api.view.InboxView.Item(
                "EVALUATION_TO_SCORE", null, round, null, null, java.time.LocalDate.of(2026, 12, 1), 3L,
                java.util.Map.of("missingPanelScores", "4"), "/api/v1/evaluation-rounds/" + round)))
                .isEqualTo("/console/evaluation-rounds/" + round);
        assertThat(InboxPageController.consolePath(new cn.jsedu.ledger.console.api.view.InboxView.Item(
                "PROPOSAL_TO_APPROVE", null, round, null, null, java.time.LocalDate.of(2026, 12, 1), 3L,
                java.util.Map.of("proposalKind", "EVALUATION_PUBLICATION"), "/api/v1/evaluation-rounds/" + round)))
                .isEqualTo("/console/evaluation-rounds/" + round);
    }
}
