package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.console.api.FakeApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The evaluation rounds' pages and forms (ADR 0026) against the APIs' answers: a round of batch 2 judged as of
 * 2025-12-31 with two platforms in its ranking (and a terminated one the command side would refuse), its panel scores,
 * the publication waiting for a second administrator (no approve button for its proposer), the published results
 * with their grades; what the forms send (points as centipoints, the ranking's objective scores and its knownAt), in
 * Chinese without English outside ids and codes.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class EvaluationPagesTest {

    private static final FakeApi APIS = FakeApi.started();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "EVAL-JS-PLATFORMS-2019-2025-ANNUAL-B2";
    private static final String ROUND = "/api/v1/evaluation-rounds/" + ID;
    private static final String ADMIN1 = "{\"username\":\"admin1\",\"role\":\"PROVINCE_ADMIN\",\"college\":null}";
    private static final String ADMIN2 = "{\"username\":\"admin2\",\"role\":\"PROVINCE_ADMIN\",\"college\":null}";
    private static final String KNOWN_AT = "2026-12-04T03:00:00.123Z";

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
        APIS.answers("/api/v1/platforms", 200, "{\"items\":[]}");
        APIS.answers("/api/v1/programmes", 200, "[{\"programmeId\":\"JS-PLATFORMS-2019\",\"name\":\"江苏省产教融合集成平台建设计划\","
                + "\"status\":\"ESTABLISHED\",\"version\":4}]");
        APIS.answers("/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking", 200, "{\"programmeId\":\"JS-PLATFORMS-2019\","
                + "\"batch\":2,\"referenceDate\":\"2025-12-31\",\"knownAt\":\"" + KNOWN_AT + "\",\"schemeId\":\"JS-PLATFORMS-EVALUATION\","
                + "\"schemeVersion\":1,\"rows\":["
                + ranked(1, "JS-201", "APPROVED", 4650, 1200, 800)
                + "," + ranked(2, "JS-202", "APPROVED", 3100, 900, 400)
                + "," + ranked(3, "JS-209", "TERMINATED", 1000, 500, 0) + "]}");
        APIS.answers("/api/v1/evaluation-rounds", 200, "{\"rounds\":[" + row("OPEN") + "}]}");
    }

    private static String ranked(int rank, String id, String status, int objective, int funds, int share) {
        return "{\"rank\":" + rank + ",\"scores\":{\"platformId\":\"" + id + "\",\"title\":\"平台 " + id + "\","
                + "\"collegeName\":\"某职业技术学院\",\"batch\":2,\"status\":\"" + status + "\",\"version\":9,"
                + "\"objectiveCentipoints\":" + objective + ",\"objectiveFullCentipoints\":5000,\"items\":["
                + "{\"code\":\"FUNDS_IN_PLACE\",\"title\":\"资金到位率\",\"weight\":12,\"centipoints\":" + funds + "},"
                + "{\"code\":\"ENTERPRISE_SHARE\",\"title\":\"企业投入占比\",\"weight\":8,\"centipoints\":" + share + "}]}}";
    }

    private static String row(String status) {
        return "{\"roundId\":\"" + ID + "\",\"programmeId\":\"JS-PLATFORMS-2019\",\"kind\":\"ANNUAL\",\"kindZh\":\"年度绩效评价\","
                + "\"year\":2025,\"batch\":2,\"referenceDate\":\"2025-12-31\",\"schemeId\":\"JS-PLATFORMS-EVALUATION\","
                + "\"schemeVersion\":1,\"status\":\"" + status + "\",\"openedBy\":\"admin1\",\"openedAt\":\"2026-11-01T02:00:00Z\","
                + "\"publishedAt\":" + ("PUBLISHED".equals(status) ? "\"2026-12-01T02:00:00Z\"" : "null") + ",\"version\":5";
    }

    private static final String SCORE = "{\"platformId\":\"JS-201\",\"itemCode\":\"PANEL_CONSTRUCTION_QUALITY\","
            + "\"centipoints\":2250,\"remarks\":\"建设成效显著\",\"recordedBy\":\"admin2\","
            + "\"recordedAt\":\"2026-11-02T02:00:00Z\",\"eventId\":\"5e1c-score\"}";

    private static String result(int rank, String id, int total, String grade, String gradeZh) {
        return "{\"rank\":" + rank + ",\"platformId\":\"" + id + "\",\"title\":\"平台 " + id + "\",\"collegeName\":\"某职业技术学院\","
                + "\"objective\":[{\"code\":\"FUNDS_IN_PLACE\",\"centipoints\":1200}],\"panel\":[{\"code\":\"PANEL_CONSTRUCTION_QUALITY\","
                + "\"centipoints\":2250}],\"objectiveCentipoints\":4650,\"panelCentipoints\":" + (total - 4650) + ","
                + "\"totalCentipoints\":" + total + ",\"grade\":\"" + grade + "\",\"gradeZh\":\"" + gradeZh + "\"}";
    }

    private static void openRound() {
        APIS.answers(ROUND, 200, row("OPEN") + ",\"panelScores\":[" + SCORE + "],\"missingPanelScores\":["
                + "{\"platformId\":\"JS-201\",\"itemCode\":\"PANEL_SERVICE_AND_INNOVATION\"},"
                + "{\"platformId\":\"JS-202\",\"itemCode\":\"PANEL_CONSTRUCTION_QUALITY\"}],"
                + "\"pendingProposal\":null,\"results\":[],\"reconciliation\":null}");
    }

    private static void proposedRound() {
        APIS.answers(ROUND, 200, row("PROPOSED") + ",\"panelScores\":[" + SCORE + "],\"missingPanelScores\":[],"
                + "\"pendingProposal\":{\"proposalId\":\"EP-1\",\"proposedBy\":\"admin1\",\"proposedAt\":\"2026-12-04T03:00:01Z\","
                + "\"knownAt\":\"" + KNOWN_AT + "\",\"results\":[" + result(1, "JS-201", 9050, "EXCELLENT", "优秀") + "]},"
                + "\"results\":[],\"reconciliation\":{\"matches\":false,\"mismatches\":[{\"platformId\":\"JS-201\","
                + "\"itemCode\":\"FUNDS_IN_PLACE\",\"proposed\":1200,\"recomputed\":1150}]}}");
    }

    private static void publishedRound() {
        APIS.answers(ROUND, 200, row("PUBLISHED") + ",\"panelScores\":[" + SCORE + "],\"missingPanelScores\":[],"
                + "\"pendingProposal\":null,\"results\":[" + result(1, "JS-201", 9050, "EXCELLENT", "优秀") + ","
                + result(2, "JS-202", 5800, "FAILED", "不合格") + "],\"reconciliation\":{\"matches\":true,\"mismatches\":[]}}");
    }

    @Test
    void anAdministratorSeesTheRankingThePanelScoresWhatIsMissingAndTheForms() throws Exception {
        openRound();
        RenderedPage page = page("/console/evaluation-rounds/" + ID, ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1));

        assertThat(page.text("round-status")).isEqualTo("评分中");
        assertThat(row(page, "ranked-JS-201")).contains("1", "JS-201", "12.00", "8.00", "46.50");
        assertThat(row(page, "panel-JS-201-PANEL_CONSTRUCTION_QUALITY")).contains("专家评议：建设质量与成效", "22.50",
                "建设成效显著", "admin2");
        assertThat(page.html()).contains("id=\"missing-JS-202-PANEL_CONSTRUCTION_QUALITY\"", "id=\"record-panel-score\"",
                "id=\"propose-publication\"", "<option value=\"JS-202\"");
        assertThat(page.html()).as("a terminated platform is offered no score").doesNotContain("<option value=\"JS-209\"");
        assertThat(APIS.received).anyMatch(r -> r.pathAndQuery().startsWith(
                "/api/v1/programmes/JS-PLATFORMS-2019/evaluation-ranking?referenceDate=2025-12-31&batch=2&schemeVersion=1"));
        assertThat(page.attribute("nav-evaluation", "href")).isEqualTo("/console/evaluation-rounds");
        assertThat(latinWords(page)).as("English on the Chinese page").isEmpty();
    }

    @Test
    void theProposerMayWithdrawTheirPublicationButOnlyAnotherAdministratorSeesTheApproveButton() throws Exception {
        proposedRound();
        RenderedPage own = page("/console/evaluation-rounds/" + ID, ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1));
        assertThat(own.html()).doesNotContain("/proposals/EP-1/approval").contains("/proposals/EP-1/withdrawal")
                .doesNotContain("id=\"record-panel-score\"").doesNotContain("id=\"propose-publication\"");
        assertThat(row(own, "proposed-JS-201")).contains("90.50", "优秀");
        assertThat(own.html()).as("a recomputed score that differs is shown, never hidden")
                .contains("id=\"reconciliation-mismatches\"");

        RenderedPage another = page("/console/evaluation-rounds/" + ID, ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN2));
        assertThat(another.html()).contains("/console/evaluation-rounds/" + ID + "/proposals/EP-1/approval", "批准发布")
                .doesNotContain("/proposals/EP-1/withdrawal");
        assertThat(latinWords(another)).isEmpty();
    }

    @Test
    void publishedResultsShowGradesAndExportsAndAFinanceOfficerSeesNoForms() throws Exception {
        publishedRound();
        RenderedPage page = page("/console/evaluation-rounds/" + ID, ReceivedInPlaceTest.signedIn(mvc, APIS,
                DemoLikeApis.FINANCE));

        assertThat(page.text("grade-JS-201")).isEqualTo("优秀");
        assertThat(page.text("grade-JS-202")).isEqualTo("不合格");
        assertThat(row(page, "result-JS-202")).contains("2", "JS-202", "46.50", "11.50", "58.00");
        assertThat(page.attribute("export-results-xlsx", "href"))
                .isEqualTo("/console/evaluation-rounds/" + ID + "/export/results.xlsx");
        assertThat(page.html()).contains("id=\"reconciliation-matches\"").doesNotContain("<form method=\"post\"")
                .doesNotContain("id=\"ranking\"");
        assertThat(APIS.received).as("no ranking read once the results are published")
                .noneMatch(r -> r.pathAndQuery().contains("evaluation-ranking"));
        assertThat(latinWords(page)).isEmpty();

        APIS.answersFile(ROUND + "/results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        MockHttpSession finance = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);
        assertThat(mvc.perform(get("/console/evaluation-rounds/" + ID + "/export/results.xlsx").session(finance))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo("xlsx");
    }

    @Test
    void theRoundsListShowsEachRoundAndTheOpeningFormToAnAdministratorOnly() throws Exception {
        RenderedPage admin = page("/console/evaluation-rounds", ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1));
        assertThat(row(admin, "round-" + ID)).contains(ID, "年度绩效评价", "2025", "第 2 批", "2025-12-31", "评分中", "admin1");
        assertThat(admin.html()).contains("id=\"open-round\"", "<option value=\"MIDTERM\">中期检查</option>");
        assertThat(latinWords(admin)).isEmpty();

        RenderedPage auditor = page("/console/evaluation-rounds", ReceivedInPlaceTest.signedIn(mvc, APIS,
                "{\"username\":\"auditor\",\"role\":\"AUDITOR\",\"college\":null}"));
        assertThat(auditor.html()).contains("round-" + ID).doesNotContain("id=\"open-round\"");

        MockHttpSession college = ReceivedInPlaceTest.signedIn(mvc, APIS,
                "{\"username\":\"college-9\",\"role\":\"COLLEGE_OFFICER\",\"college\":\"8600000009\"}");
        APIS.answers("/api/v1/evaluation-rounds", 403, "{\"status\":403,\"code\":\"ACCESS_DENIED\"}");
        mvc.perform(get("/console/evaluation-rounds").session(college)).andExpect(status().isForbidden());
        assertThat(page("/console/platforms", college).html()).doesNotContain("nav-evaluation");
    }

    @Test
    void openingARoundSendsTheFormTypedAndShowsTheRoundAtItsNewVersion() throws Exception {
        MockHttpSession admin = ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1);
        APIS.answers("/api/v1/evaluation-rounds", 201, "{\"entryId\":\"" + ID + "\",\"version\":0}");

        MvcResult opened = mvc.perform(post("/console/evaluation-rounds").session(admin).with(csrf())
                .param("programmeId", "JS-PLATFORMS-2019").param("kind", "ANNUAL").param("year", "２０２５")
                .param("batch", "2").param("referenceDate", "2025-12-31").param("idempotencyKey", "console-round-x"))
                .andReturn();

        JsonNode body = JSON.readTree(posted("/api/v1/evaluation-rounds").body());
        assertThat(body.path("year").asInt()).as("full-width digits").isEqualTo(2025);
        assertThat(body.path("batch").asInt()).isEqualTo(2);
        assertThat(body.path("kind").asText()).isEqualTo("ANNUAL");
        assertThat(posted("/api/v1/evaluation-rounds").header("Idempotency-Key")).isEqualTo("console-round-x");
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/console/evaluation-rounds/" + ID + "?minVersion=0");
    }

    @Test
    void aPanelScoreTypedInPointsIsSentInCentipointsAndARefusalIsShownInWords() throws Exception {
        openRound();
        MockHttpSession admin = ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1);
        APIS.answers(ROUND + "/panel-scores", 201, "{\"entryId\":\"" + ID + "\",\"version\":6}");

        MvcResult recorded = mvc.perform(post("/console/evaluation-rounds/" + ID + "/panel-scores").session(admin)
                .with(csrf()).param("platformId", "JS-202").param("itemCode", "PANEL_CONSTRUCTION_QUALITY")
                .param("points", "２２．５").param("remarks", "特色鲜明")).andReturn();
        assertThat(JSON.readTree(posted(ROUND + "/panel-scores").body()).path("centipoints").asInt()).isEqualTo(2250);
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/console/evaluation-rounds/" + ID + "?minVersion=6");

        APIS.received.clear();
        APIS.answers(ROUND + "/panel-scores", 422, "{\"status\":422,\"code\":\"PANEL_SCORE_OUT_OF_RANGE\","
                + "\"detail\":\"0..2500\",\"errors\":[{\"field\":\"centipoints\",\"message\":\"0..2500\"}]}");
        MvcResult refused = mvc.perform(post("/console/evaluation-rounds/" + ID + "/panel-scores").session(admin)
                .with(csrf()).param("platformId", "JS-202").param("itemCode", "PANEL_CONSTRUCTION_QUALITY")
                .param("points", "26").param("remarks", "特色鲜明")).andReturn();
        assertThat(JSON.readTree(posted(ROUND + "/panel-scores").body()).path("centipoints").asInt()).isEqualTo(2600);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/evaluation-rounds/" + ID);
        String html = mvc.perform(get("/console/evaluation-rounds/" + ID).session(admin).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("PANEL_SCORE_OUT_OF_RANGE", "专家评分超出该指标的分值范围");
    }

    @Test
    void aProposalPublishesTheRankingsObjectiveScoresWithTheInstantTheyWereComputedFor() throws Exception {
        openRound();
        MockHttpSession admin = ReceivedInPlaceTest.signedIn(mvc, APIS, ADMIN1);
        APIS.answers(ROUND + "/publication", 202, "{\"entryId\":\"EP-1\",\"version\":7}");

        MvcResult proposed = mvc.perform(post("/console/evaluation-rounds/" + ID + "/publication").session(admin)
                .with(csrf()).param("rewardAmount", "1,000,000.00").param("failedDecision", "WITHDRAW_KEY_SUPPORT")
                .param("reductionAmount", "").param("decidedOn", "2026-12-01").param("idempotencyKey", "console-round-p"))
                .andReturn();

        JsonNode body = JSON.readTree(posted(ROUND + "/publication").body());
        assertThat(body.path("knownAt").asText()).isEqualTo(KNOWN_AT);
        assertThat(body.path("results").findValuesAsText("platformId")).as("a terminated platform is not proposed")
                .containsExactly("JS-201", "JS-202");
        assertThat(body.path("results").get(0).path("objective").toString())
                .isEqualTo("[{\"code\":\"FUNDS_IN_PLACE\",\"centipoints\":1200},{\"code\":\"ENTERPRISE_SHARE\",\"centipoints\":800}]");
        assertThat(body.path("rewardAmount").asText()).isEqualTo("1000000.00");
        assertThat(body.path("failedDecision").asText()).isEqualTo("WITHDRAW_KEY_SUPPORT");
        assertThat(body.path("reductionAmount").isNull()).isTrue();
        assertThat(body.path("decidedOn").asText()).isEqualTo("2026-12-01");
        assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo("/console/evaluation-rounds/" + ID + "?minVersion=7");

        APIS.answers(ROUND + "/proposals/EP-1/approval", 403,
                "{\"status\":403,\"code\":\"FOUR_EYES_REQUIRED\",\"detail\":\"another administrator approves\"}");
        MvcResult own = mvc.perform(post("/console/evaluation-rounds/" + ID + "/proposals/EP-1/approval").session(admin)
                .with(csrf())).andReturn();
        assertThat(own.getFlashMap().get("problem")).hasFieldOrPropertyWithValue("code", "FOUR_EYES_REQUIRED");
        mvc.perform(post("/console/evaluation-rounds/EVAL 1/publication").session(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlatformPageListsItsPublishedEvaluationResultsByYear() throws Exception {
        MockHttpSession finance = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);
        DemoLikeApis.js209(APIS);
        APIS.answers("/api/v1/platforms/JS-209/evaluation-results", 200, "{\"platformId\":\"JS-209\",\"results\":["
                + "{\"roundId\":\"EVAL-A\",\"kind\":\"MIDTERM\",\"kindZh\":\"中期检查\",\"year\":2022,\"referenceDate\":\"2022-09-01\","
                + "\"grade\":\"GOOD\",\"gradeZh\":\"良好\",\"totalCentipoints\":8000,\"objectiveCentipoints\":4000,"
                + "\"panelCentipoints\":4000,\"rank\":2,\"roundSize\":10,\"eventId\":\"a1-midterm\"},"
                + "{\"roundId\":\"EVAL-B\",\"kind\":\"ANNUAL\",\"kindZh\":\"年度绩效评价\",\"year\":2023,\"referenceDate\":\"2023-12-31\","
                + "\"grade\":\"PASSED\",\"gradeZh\":\"合格\",\"totalCentipoints\":6525,\"objectiveCentipoints\":3000,"
                + "\"panelCentipoints\":3525,\"rank\":7,\"roundSize\":10,\"eventId\":\"b2-annual\"}]}");

        RenderedPage page = page("/console/platforms/JS-209", finance);

        assertThat(page.text("evaluation-grade-EVAL-B")).isEqualTo("合格");
        assertThat(row(page, "evaluation-EVAL-B")).contains("2023", "年度绩效评价", "65.25", "7 / 10");
        assertThat(page.html().indexOf("evaluation-EVAL-B")).as("latest year first")
                .isLessThan(page.html().indexOf("evaluation-EVAL-A"));

        APIS.answers("/api/v1/platforms/JS-209/evaluation-results", 404, "{\"status\":404,\"code\":\"NOT_FOUND\"}");
        assertThat(page("/console/platforms/JS-209", finance).html()).contains("id=\"no-evaluation-results\"");
    }

    private FakeApi.Received posted(String path) {
        return APIS.received.stream().filter(r -> r.method().equals("POST") && r.pathAndQuery().equals(path))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("nothing POSTed to " + path));
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
