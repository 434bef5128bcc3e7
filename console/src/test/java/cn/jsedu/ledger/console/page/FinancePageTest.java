package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.console.api.FakeApi;
import cn.jsedu.ledger.console.words.Catalogue;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finance office's first page against the query API's answers for a demo-like programme: its figures are the
 * API's (in 万元 and, switched, exactly in 元), its 预警 coloured by what is wrong, its table sorted and filtered.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class FinancePageTest {

    private static final FakeApi APIS = FakeApi.started();

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
        DemoLikeApis.programme(APIS);
    }

    private MockHttpSession financeOfficer() throws Exception {
        APIS.answers("/api/v1/me", 200, DemoLikeApis.FINANCE);
        return (MockHttpSession) mvc.perform(formLogin("/login").user("finance1").password("pw"))
                .andExpect(redirectedUrl("/console/finance")).andReturn().getRequest().getSession(false);
    }

    private RenderedPage page(String path, MockHttpSession session) throws Exception {
        return new RenderedPage(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void keyFiguresAreTheApisFiguresIn10kYuanAndExactlyInYuanAfterTheSwitch() throws Exception {
        MockHttpSession session = financeOfficer();

        RenderedPage wan = page("/console/finance", session);
        assertThat(wan.text("unit-current")).isEqualTo("金额单位：万元");
        assertThat(wan.html()).contains("计划总投入（万元）");
        assertThat(wan.text("fig-received")).isEqualTo("7,450.00");
        assertThat(wan.text("fig-planned")).isEqualTo("9,050.00");
        assertThat(wan.text("fig-provincialReceived")).isEqualTo("2,950.00");
        assertThat(wan.text("fig-recoveryDue")).isEqualTo("50.00");
        assertThat(wan.text("fig-allocated")).isEqualTo("3,050.00");
        assertThat(wan.text("fig-paid")).isEqualTo("3,000.00");
        assertThat(wan.text("fig-arrived")).isEqualTo("2,980.00");
        // 74,500,000.00 ÷ 90,500,000.00 in place, not the API's gross 82.87; 20,000,000.00 ÷ 73,000,000.00 cash
        assertThat(wan.text("fig-arrivalRate")).isEqualTo("82.32%");
        assertThat(wan.text("fig-executionRate")).isEqualTo("27.40%");
        assertThat(wan.text("fig-provincialRate")).isEqualTo("96.72%");

        String switchTo = wan.attribute("unit-switch", "href");
        assertThat(switchTo).contains("unit=yuan");
        RenderedPage yuan = page(switchTo, session);
        assertThat(yuan.text("unit-current")).isEqualTo("金额单位：元");
        assertThat(yuan.html()).contains("计划总投入（元）").doesNotContain("万元）");
        // the API's own net figure: the compliance totals' actualTotal, the sum of the rows' actual totals
        assertThat(yuan.text("fig-received")).isEqualTo(Catalogue.grouped("74500000.00"));
        assertThat(yuan.text("fig-recoveryDue")).isEqualTo("500,000.00");
        assertThat(yuan.text("received-JS-209")).isEqualTo("23,500,000.00");
        assertThat(yuan.text("rate-JS-209")).isEqualTo("78.33%");
        assertThat(page(yuan.attribute("unit-switch", "href"), session).text("fig-received")).isEqualTo("7,450.00");
    }

    @Test
    void warningsAreColouredByWhatIsWrongAndSayItInWords() throws Exception {
        RenderedPage page = page("/console/finance", financeOfficer());

        assertThat(page.attribute("warning-JS-209", "class")).contains("alert", "red");
        assertThat(page.attribute("warning-JS-209", "data-level")).isEqualTo("RED");
        assertThat(page.html()).contains("应追回 500,000.00 元", "资金到位进度落后于建设期进度",
                "企业实际到位 3,500,000.00 元，不足实际到位 20,000,000.00 元 的三分之一", "红色预警", "黄色预警");
        assertThat(page.attribute("warning-JS-306", "class")).contains("amber");
        assertThat(page.html()).doesNotContain("id=\"warning-JS-101\"");
        assertThat(page.text("green-count")).isEqualTo("另有 1 个平台无预警。");
        assertThat(page.html().indexOf("warning-JS-209")).as("red before amber")
                .isLessThan(page.html().indexOf("warning-JS-306"));
    }

    @Test
    void theTableSortsAndFilters() throws Exception {
        MockHttpSession session = financeOfficer();

        assertThat(rowOrder(page("/console/finance?sort=rate", session))).isEqualTo("JS-306 JS-209 JS-101");
        assertThat(rowOrder(page("/console/finance?sort=rate&desc=true", session))).isEqualTo("JS-101 JS-209 JS-306");
        assertThat(rowOrder(page("/console/finance", session))).as("by warning, red first").isEqualTo("JS-209 JS-306 JS-101");
        assertThat(rowOrder(page("/console/finance?city=苏州", session))).isEqualTo("JS-209");
        assertThat(rowOrder(page("/console/finance?batch=3", session))).isEqualTo("JS-306");
        assertThat(rowOrder(page("/console/finance?level=GREEN", session))).isEqualTo("JS-101");
        assertThat(rowOrder(page("/console/finance?finding=RECOVERY_DUE", session))).isEqualTo("JS-209");
        assertThat(rowOrder(page("/console/finance?finding=ENTERPRISE_SHARE", session))).isEqualTo("JS-306");
        assertThat(rowOrder(page("/console/finance?q=js-10", session))).isEqualTo("JS-101");
        assertThat(rowOrder(page("/console/finance?status=APPROVED&sort=platform", session))).isEqualTo("JS-101 JS-209 JS-306");
    }

    @Test
    void aClickOnABarOrSliceOpensTheTableFilteredByIt() throws Exception {
        MockHttpSession session = financeOfficer();
        RenderedPage page = page("/console/finance", session);

        // by 预警 level: one slice per level, each naming the table's level filter
        assertThat(page.attribute("chart-level", "data-click"))
                .isEqualTo("/console/finance?unit=wan&sort=warning&desc=false&level=");
        assertThat(page.attribute("chart-level", "data-click-anchor")).isEqualTo("finance-platforms");
        assertThat(keys(page.chart("chart-level").get("series").get(0).get("data"))).isEqualTo("RED AMBER GREEN");
        assertThat(rowOrder(page(page.attribute("chart-level", "data-click") + "RED", session))).isEqualTo("JS-209");
        assertThat(rowOrder(page(page.attribute("chart-level", "data-click") + "GREEN", session))).isEqualTo("JS-101");
        assertThat(page.text("text-level")).isEqualTo("红色预警：1；黄色预警：1；正常：1");
        assertThat(page.attribute("chart-level", "aria-label")).isEqualTo("各预警等级的平台数：红色预警：1；黄色预警：1；正常：1");

        // by finding: one bar per finding code, counted over the platforms
        assertThat(keys(page.chart("chart-finding").get("series").get(0).get("data")))
                .isEqualTo("RECOVERY_DUE ARRIVAL_BEHIND_SCHEDULE ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        String byFinding = page.attribute("chart-finding", "data-click");
        assertThat(byFinding).endsWith("&finding=");
        assertThat(rowOrder(page(byFinding + "ACTUAL_ENTERPRISE_SHARE_NOT_MET", session))).isEqualTo("JS-306");
        assertThat(page.text("text-finding")).contains("应追回", "：1");

        // by city: the bar's category is the city the table filters by; money in the page's unit
        assertThat(page.chart("chart-city").get("xAxis").get("data").toString()).isEqualTo("[\"南京\",\"无锡\",\"苏州\"]");
        assertThat(page.lastOf("chart-city", "实际到位（扣除追回）")).isEqualTo("2350.00");
        assertThat(rowOrder(page(page.attribute("chart-city", "data-click") + "苏州", session))).isEqualTo("JS-209");
        assertThat(page.text("text-city")).startsWith("南京：计划 3,050.00，实际到位 3,100.00；");

        // in 元 the clicks keep the unit, and the city chart and its text are in 元
        RenderedPage yuan = page("/console/finance?unit=yuan&sort=rate&desc=true", session);
        assertThat(yuan.attribute("chart-city", "data-click"))
                .isEqualTo("/console/finance?unit=yuan&sort=rate&desc=true&city=");
        assertThat(yuan.lastOf("chart-city", "实际到位（扣除追回）")).isEqualTo("23500000.00");
        assertThat(yuan.text("text-city")).startsWith("南京：计划 30,500,000.00，实际到位 31,000,000.00；");
    }

    private static String keys(com.fasterxml.jackson.databind.JsonNode data) {
        StringBuilder keys = new StringBuilder();
        data.forEach(d -> keys.append(keys.isEmpty() ? "" : " ").append(d.get("key").asText()));
        return keys.toString();
    }

    @Test
    void inEnglishThePageSpeaksEnglish() throws Exception {
        RenderedPage page = page("/console/finance?lang=en", financeOfficer());
        assertThat(page.text("unit-current")).isEqualTo("Amounts in CNY 10,000");
        assertThat(page.html()).contains("CNY 500,000.00 to recover", "Red warning").doesNotContain("预警");
    }

    private static String rowOrder(RenderedPage page) {
        Matcher m = Pattern.compile("<tr id=\"platform-([^\"]+)\"").matcher(page.html());
        StringBuilder ids = new StringBuilder();
        while (m.find()) {
            ids.append(ids.isEmpty() ? "" : " ").append(m.group(1));
        }
        return ids.toString();
    }
}
