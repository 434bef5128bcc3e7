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
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the platform page's readiness table says each item's value and requirement in Chinese, written from the
 * figures the query API gives with each item (not from its English phrases), for every item of the checklist.
 */
@SpringBootTest(classes = ConsoleApplication.class, args = "--" + ConsoleApplication.CONFIG_NAME)
@AutoConfigureMockMvc
class ReadinessTableTest {

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
    }

    @Test
    void everyItemOfTheChecklistIsWrittenFromItsFigures() throws Exception {
        MockHttpSession session = ReceivedInPlaceTest.signedIn(mvc, APIS, DemoLikeApis.FINANCE);
        DemoLikeApis.js209(APIS);

        String html = mvc.perform(get("/console/platforms/JS-209").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(cells(html, "CONSTRUCTION_PERIOD")).containsSequence("建设期至 2023-12-31", "2023-10-02 起");
        assertThat(cells(html, "TOTAL_RECEIVED")).containsSequence("23,500,000.00 元", "不低于 30,000,000.00 元");
        assertThat(cells(html, "ENTERPRISE_SHARE"))
                .containsSequence("企业到位 7,000,000.00 元，占到位合计 23,500,000.00 元 的 29.79%", "不低于 1/3");
        assertThat(cells(html, "REPORTS_SUBMITTED")).containsSequence("应报 4 期，已报 3 期；未报：2022H2", "应报的定期报告全部报送");
        assertThat(cells(html, "MANDATORY_INDICATORS")).containsSequence("必选指标 7 项，已完成 6 项；未完成：T3-INDUSTRY-MENTORS",
                "必选任务（1、2、3、4、5、6、7）的指标全部完成");
        assertThat(cells(html, "WORKSTATION_SHARE")).containsSequence("2021 年 200/600、2022 年 150/600", "每个完整年度不低于 1/3");
        assertThat(cells(html, "AGREEMENT_SIGNED")).containsSequence("已签订 1 份", "至少 1 份");
        assertThat(cells(html, "NOT_SUSPENDED_OR_TERMINATED")).containsSequence("已立项", "未暂停且未中止");
        assertThat(cells(html, "ENTERPRISE_CONTRIBUTIONS_CONFIRMED"))
                .containsSequence("应由企业确认 2 笔，已确认 1 笔；C-2（企业提出异议）", "企业投入均已由企业确认");
        assertThat(table(html)).as("no English phrase of the API and no figure left unsaid")
                .doesNotContain("due reports", "confirmed;", "—");
    }

    /** The texts of the cells of the readiness table's row for {@code code}. */
    private static List<String> cells(String html, String code) {
        String table = table(html);
        int start = table.indexOf("id=\"item-" + code + "\"");
        assertThat(start).as("row of " + code).isNotNegative();
        String row = table.substring(start, table.indexOf("</tr>", start));
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row);
        while (m.find()) {
            cells.add(HtmlUtils.htmlUnescape(m.group(1).replaceAll("<[^>]+>", "")).trim());
        }
        return cells;
    }

    private static String table(String html) {
        int start = html.indexOf("<table id=\"readiness\"");
        assertThat(start).as("the readiness table").isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }
}
