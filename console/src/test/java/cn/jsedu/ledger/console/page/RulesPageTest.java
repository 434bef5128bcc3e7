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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules page (issue 15 part 4, ADR 0019) against the query API's answers for a programme whose enterprise share
 * and reporting deadline changed from 2024 and whose construction period changes from 2099: the parameters in force,
 * and each change with its values before and after, who proposed and who approved it, when and why; in Chinese
 * (no English outside codes and names) and in English.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class RulesPageTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final String PROGRAMME = "/api/v1/programmes/JS-PLATFORMS-2019";
    private static final String ID = "JS-PLATFORMS-2019";

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

    private static String parameters(String share, int reportDueDays, int constructionYears) {
        return "{\"minimumTotalInvestment\":\"30000000.00\",\"minimumEnterpriseShare\":\"" + share + "\","
                + "\"constructionYears\":" + constructionYears + ",\"batchStartYears\":{\"1\":2020,\"2\":2021,\"3\":2022},"
                + "\"acceptanceFrom\":\"2022-01-01\",\"platformsPerCollege\":1,\"targetPlatformCount\":30,"
                + "\"workstationShare\":\"1/3\",\"mandatoryTasks\":[1,2,3,4,5,6,7],\"optionalTasks\":[8],"
                + "\"reportPeriodEnds\":[\"06-30\",\"12-31\"],\"reportDueDays\":" + reportDueDays + ","
                + "\"arrivalTolerancePercent\":10,\"readinessWindowDays\":90,\"datesMonthsBeforeStart\":12,"
                + "\"settlementMonthsAfterEnd\":24,\"budgetTolerancePercent\":10,\"budgetOverrun\":\"REFUSE\"}";
    }

    @BeforeEach
    void reset() {
        APIS.reset();
        APIS.answers("/api/v1/platforms", 200, "{\"items\":[]}");
        APIS.answers("/api/v1/programmes", 200, "[{\"programmeId\":\"" + ID + "\",\"name\":\"江苏省产教融合集成平台建设计划\","
                + "\"status\":\"ESTABLISHED\",\"establishedAt\":\"2019-12-01T02:00:00Z\",\"version\":4}]");
        APIS.answers(PROGRAMME, 200, "{\"programmeId\":\"" + ID + "\",\"name\":\"江苏省产教融合集成平台建设计划\","
                + "\"status\":\"ESTABLISHED\",\"establishedAt\":\"2019-12-01T02:00:00Z\",\"version\":4,\"asOf\":\"2024-06-30\","
                + "\"inForce\":" + parameters("1/4", 45, 3) + ",\"history\":["
                + "{\"effectiveFrom\":null,\"recordedAt\":null,\"changes\":{},\"parameters\":" + parameters("1/3", 30, 3) + "},"
                + "{\"effectiveFrom\":\"2024-01-01\",\"recordedAt\":\"2024-02-01T02:00:00Z\","
                + "\"changes\":{\"minimumEnterpriseShare\":\"1/4\",\"reportDueDays\":\"45\"},\"parameters\":" + parameters("1/4", 45, 3) + "},"
                + "{\"effectiveFrom\":\"2099-01-01\",\"recordedAt\":\"2024-05-01T00:00:00Z\","
                + "\"changes\":{\"constructionYears\":\"4\"},\"parameters\":" + parameters("1/4", 45, 4) + "}]}");
        // in the order recorded: the later effective date was recorded first here
        APIS.answers(PROGRAMME + "/parameter-changes", 200, "[{\"sequenceNumber\":3,\"effectiveFrom\":\"2024-01-01\","
                + "\"recordedAt\":\"2024-02-01T02:00:00Z\",\"changes\":{\"minimumEnterpriseShare\":\"1/4\",\"reportDueDays\":\"45\"},"
                + "\"reason\":\"省厅调整企业投入比例\",\"decisionRef\":\"苏教职〔2024〕3号\",\"proposalId\":\"PP-1\","
                + "\"proposedBy\":\"admin1\",\"approvedBy\":\"admin2\",\"eventId\":\"7f3a-share\"},"
                + "{\"sequenceNumber\":5,\"effectiveFrom\":\"2099-01-01\",\"recordedAt\":\"2024-05-01T00:00:00Z\","
                + "\"changes\":{\"constructionYears\":\"4\"},\"reason\":\"延长建设期\",\"decisionRef\":\"苏教职〔2024〕9号\","
                + "\"proposalId\":\"PP-2\",\"proposedBy\":\"admin2\",\"approvedBy\":\"admin1\",\"eventId\":\"8e4b-years\"}]");
        APIS.answers(PROGRAMME + "/proposals", 200, "[]");
    }

    private static final String ADMIN1 = "{\"username\":\"admin1\",\"role\":\"PROVINCE_ADMIN\",\"college\":null}";

    /** Two rule changes waiting (one by admin1, one by admin2) and one approved, as the query API lists them. */
    private static void twoPendingRuleChanges() {
        APIS.answers(PROGRAMME + "/proposals", 200, "["
                + proposal("PP-2", "APPROVED", "admin2", "2099-01-01", "{\"constructionYears\":\"4\"}")
                + "," + proposal("PP-3", "PENDING", "admin2", "2026-01-01",
                "{\"minimumEnterpriseShare\":\"1/5\",\"reportDueDays\":\"60\"}")
                + "," + proposal("PP-4", "PENDING", "admin1", "2026-07-01", "{\"arrivalTolerancePercent\":\"15\"}")
                + ",{\"programmeId\":\"" + ID + "\",\"proposalId\":\"PE-1\",\"kind\":\"PROGRAMME_ESTABLISHMENT\","
                + "\"status\":\"APPROVED\",\"proposedBy\":\"admin1\",\"proposedAt\":\"2019-11-01T00:00:00Z\","
                + "\"changes\":{},\"summary\":\"programme\"}]");
    }

    private static String proposal(String id, String status, String by, String from, String changes) {
        return "{\"programmeId\":\"" + ID + "\",\"proposalId\":\"" + id + "\",\"kind\":\"PARAMETER_CHANGE\","
                + "\"status\":\"" + status + "\",\"proposedBy\":\"" + by + "\",\"proposedAt\":\"2026-03-01T02:00:00Z\","
                + "\"effectiveFrom\":\"" + from + "\",\"changes\":" + changes + ",\"reason\":\"调整考核口径\","
                + "\"decisionRef\":\"苏教职〔2026〕5号\",\"summary\":\"x\"}";
    }

    @Test
    void anAdministratorSeesTheRuleChangesWaitingWithTheValueInForceAndMayApproveOnlyAnothers() throws Exception {
        twoPendingRuleChanges();
        RenderedPage rules = page("/console/rules", ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1));

        assertThat(row(rules, "pending-" + ID + "-PP-3")).contains("2026-01-01", "企业投入最低占比： 1/4 → 1/5",
                "报告提交期限（期末后）： 45 天 → 60 天", "调整考核口径 苏教职〔2026〕5号", "admin2", "2026-03-01 10:00:00");
        assertThat(rules.html()).as("approved and establishment proposals are not waiting")
                .doesNotContain("pending-" + ID + "-PP-2").doesNotContain("pending-" + ID + "-PE-1");
        String others = rules.html().substring(rules.html().indexOf(rules.tag("pending-" + ID + "-PP-3")));
        assertThat(others.substring(0, others.indexOf("</tr>")))
                .contains("/console/programmes/" + ID + "/proposals/PP-3/approval", "退回");
        String own = rules.html().substring(rules.html().indexOf(rules.tag("pending-" + ID + "-PP-4")));
        assertThat(own.substring(0, own.indexOf("</tr>"))).as("four eyes: no approve button on one's own proposal")
                .doesNotContain("/proposals/PP-4/approval").contains("/proposals/PP-4/withdrawal", "撤回");
        assertThat(rules.html()).contains("id=\"propose-" + ID + "\"", "id=\"parameter-" + ID + "\"");
        assertThat(latinWords(rules)).as("English on the Chinese page").isEmpty();
    }

    @Test
    void aFinanceOfficerSeesTheChangesWaitingButNoFormAndARoleTheApiRefusesThemSeesTheRules() throws Exception {
        twoPendingRuleChanges();
        RenderedPage finance = page("/console/rules", ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE));
        assertThat(finance.html()).contains("pending-" + ID + "-PP-3").doesNotContain("/approval")
                .doesNotContain("/withdrawal").doesNotContain("id=\"propose-" + ID + "\"");

        APIS.answers(PROGRAMME + "/proposals", 403, "{\"status\":403,\"code\":\"FORBIDDEN\"}");
        RenderedPage college = page("/console/rules", ReceivedInPlaceTest.signedIn(mvc, APIS,
                "{\"username\":\"college-9\",\"role\":\"COLLEGE_OFFICER\",\"college\":\"8600000009\"}"));
        assertThat(college.text("param-" + ID + "-reportDueDays")).isEqualTo("45 天");
        assertThat(college.html()).contains("id=\"no-pending-" + ID + "\"");
    }

    @Test
    void aProposalGoesToTheCommandApiTypedAsItTakesItAndTheRulesPageSaysSo() throws Exception {
        MockHttpSession admin = ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1);

        MvcResult proposed = mvc.perform(post("/console/programmes/" + ID + "/parameter-changes").session(admin)
                .with(csrf()).param("parameter", "reportDueDays").param("value", "６０")
                .param("effectiveFrom", "2026-01-01").param("reason", " 调整考核口径 ")
                .param("decisionRef", "苏教职〔2026〕5号").param("idempotencyKey", "console-rule-k-" + ID)).andReturn();

        FakeApi.Received sent = APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo(PROGRAMME + "/parameter-changes");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("console-rule-k-" + ID);
        assertThat(sent.body()).isEqualTo("{\"effectiveFrom\":\"2026-01-01\",\"parameters\":{\"reportDueDays\":60},"
                + "\"reason\":\"调整考核口径\",\"decisionRef\":\"苏教职〔2026〕5号\"}");
        assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo("/console/rules#programme-" + ID);
        assertThat(proposed.getFlashMap().get("notice")).isEqualTo("notice.ruleChangeProposed");

        APIS.received.clear();
        mvc.perform(post("/console/programmes/" + ID + "/parameter-changes").session(admin).with(csrf())
                .param("parameter", "minimumEnterpriseShare").param("value", "１/５").param("effectiveFrom", "2026-01-01")
                .param("reason", "r").param("decisionRef", "d"));
        assertThat(APIS.received.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow().body())
                .as("a share typed in full-width digits").contains("\"parameters\":{\"minimumEnterpriseShare\":\"1/5\"}");
    }

    @Test
    void approvingOnesOwnProposalIsTheApisRefusalShownInWords() throws Exception {
        twoPendingRuleChanges();
        MockHttpSession admin = ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1);
        APIS.answers(PROGRAMME + "/proposals/PP-4/approval", 403,
                "{\"status\":403,\"code\":\"FOUR_EYES_REQUIRED\",\"detail\":\"another administrator approves\"}");

        MvcResult refused = mvc.perform(post("/console/programmes/" + ID + "/proposals/PP-4/approval").session(admin)
                .with(csrf()).param("idempotencyKey", "console-rule-approve-PP-4-admin1")).andReturn();

        assertThat(APIS.received).anyMatch(r -> r.method().equals("POST")
                && r.pathAndQuery().equals(PROGRAMME + "/proposals/PP-4/approval"));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/rules#programme-" + ID);
        String html = mvc.perform(get("/console/rules").session(admin).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("FOUR_EYES_REQUIRED");

        MvcResult withdrawn = mvc.perform(post("/console/programmes/" + ID + "/proposals/PP-4/withdrawal").session(admin)
                .with(csrf()).param("reason", "撤回重提")).andReturn();
        assertThat(APIS.received.stream().filter(r -> r.pathAndQuery().endsWith("/PP-4/withdrawal")).findFirst()
                .orElseThrow().body()).isEqualTo("{\"reason\":\"撤回重提\"}");
        assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/console/rules#programme-" + ID);
        mvc.perform(post("/console/programmes/" + ID + "/proposals/PP 4/approval").session(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String row(RenderedPage page, String id) {
        String html = page.html().substring(page.html().indexOf(page.tag(id)));
        return HtmlUtils.htmlUnescape(html.substring(0, html.indexOf("</tr>")).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " "));
    }

    @Test
    void showsTheParametersInForceAndEachChangeBeforeAndAfterWithWhoAndWhy() throws Exception {
        RenderedPage rules = page("/console/rules", ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE));

        assertThat(rules.text("param-" + ID + "-minimumTotalInvestment")).isEqualTo("30,000,000.00 元");
        assertThat(rules.text("param-" + ID + "-minimumEnterpriseShare")).isEqualTo("1/4");
        assertThat(rules.text("param-" + ID + "-workstationShare")).isEqualTo("1/3");
        assertThat(rules.text("param-" + ID + "-reportDueDays")).isEqualTo("45 天");
        assertThat(rules.text("param-" + ID + "-constructionYears")).as("the 2099 change is not in force yet").isEqualTo("3 年");
        assertThat(rules.text("param-" + ID + "-budgetTolerancePercent")).isEqualTo("10%");
        assertThat(rules.text("param-" + ID + "-budgetOverrun")).isEqualTo("拒绝记录");
        assertThat(rules.text("param-" + ID + "-batchStartYears")).isEqualTo("第 1 批 2020 年、第 2 批 2021 年、第 3 批 2022 年");
        assertThat(rules.html()).contains("2024-06-30 起现行参数");

        // in order of effective date; before is the value in force the day before
        assertThat(row(rules, "change-" + ID + "-1")).contains("2024-01-01", "企业投入最低占比： 1/3 → 1/4",
                "报告提交期限（期末后）： 30 天 → 45 天", "admin1", "admin2", "2024-02-01 10:00:00",
                "省厅调整企业投入比例 苏教职〔2024〕3号").doesNotContain("尚未生效");
        assertThat(row(rules, "change-" + ID + "-2")).contains("2099-01-01", "尚未生效", "建设期： 3 年 → 4 年",
                "延长建设期 苏教职〔2024〕9号");
        assertThat(rules.attribute("nav-rules", "href")).isEqualTo("/console/rules");
        assertThat(latinWords(rules)).as("English on the Chinese page").isEmpty();
    }

    @Test
    void inEnglishThePageSpeaksEnglish() throws Exception {
        RenderedPage rules = page("/console/rules?lang=en", ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE));

        assertThat(rules.text("param-" + ID + "-reportDueDays")).isEqualTo("45 days");
        assertThat(rules.text("param-" + ID + "-minimumTotalInvestment")).isEqualTo("CNY 30,000,000.00");
        assertThat(row(rules, "change-" + ID + "-1")).contains("Minimum enterprise share: 1/3 → 1/4",
                "Reporting deadline (after the period ends): 30 days → 45 days");
        assertThat(row(rules, "change-" + ID + "-2")).contains("not yet in force", "Construction period: 3 years → 4 years");
    }

    @Test
    void aCollegeOfficerReadsTheRulesFromTheTopBarAndARoleTheApiRefusesIsRefused() throws Exception {
        MockHttpSession college = ReceivedInPlaceTest.signedIn(mvc, APIS,
                "{\"username\":\"college-9\",\"role\":\"COLLEGE_OFFICER\",\"college\":\"8600000009\"}");
        assertThat(page("/console/platforms", college).attribute("nav-rules", "href")).isEqualTo("/console/rules");

        APIS.answers("/api/v1/programmes", 403, "{\"status\":403,\"code\":\"FORBIDDEN\"}");
        mvc.perform(get("/console/rules").session(college)).andExpect(status().isForbidden());
    }

    /** Latin words in the page's main part, outside names and ids (translate="no", .ids) and codes in capitals. */
    private static List<String> latinWords(RenderedPage page) {
        String main = page.html().substring(page.html().indexOf("<main"), page.html().indexOf("</main>"));
        String text = HtmlUtils.htmlUnescape(main
                .replaceAll("<([a-z]+)[^>]*translate=\"no\"[^>]*>[^<]*</\\1>", " ")
                .replaceAll("<td class=\"ids\"[^>]*>[^<]*</td>", " ")
                .replaceAll("<[^>]+>", " "));
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (m.find()) {
            if (!m.group().matches("[A-Z0-9_]+")) {
                words.add(m.group());
            }
        }
        return words;
    }
}
