package cn.jsedu.ledger.system.browser;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's main pages in Chinese, at 1440 and at 390 px, as that role uses them: no word of English outside codes
 * and user data (form errors, readiness and compliance texts, notices and refusals included), the dashboard's
 * compliance column naming every finding, money right-aligned, and at 390 px a page that fits the phone (the bar
 * wraps, cards stack, only tables scroll).
 */
class ConsoleInChineseIT {

    private static LedgerSystem ledger;
    private static Commands commands;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        browser = Browser.start(ledger.consoleUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1440, 390})
    void everyRoleReadsItsMainPagesInChineseOnly(int width) {
        String college = String.format("86%08d", 7000 + width);
        String p = "ZH-" + width;
        commands.approvedPlatform(p, college);
        commands.taskBook(p);
        commands.installment(p, "I-PROV-1", "PROVINCIAL_FINANCE", "2000000.00", "2020-04-01");
        browser.resize(width, 1000);
        Map<String, List<String>> english = new LinkedHashMap<>();
        List<String> layout = new ArrayList<>();

        browser.login("auditor");
        browser.open("/console");
        browser.waitFor(By.cssSelector("#chart-failing[data-rendered='true'] canvas"));
        // the construction period (2020-03 to 2023-02) is over and 2,000,000.00 is below the minimum
        assertThat(browser.find(By.id("row-" + p)).getText()).contains("建设期满实际到位不足", "企业到位占比不足三分之一");
        look("auditor: dashboard", width, english, layout);
        browser.open("/console/platforms/" + p);
        browser.waitFor(By.cssSelector("#chart-plan[data-rendered='true'] canvas"));
        assertThat(browser.text("finding-ACTUAL_TOTAL_BELOW_MINIMUM"))
                .contains("实际到位 2,000,000.00 元，低于最低要求 30,000,000.00 元");
        assertThat(browser.text("item-TOTAL_RECEIVED")).contains("2,000,000.00 元", "不低于 30,000,000.00 元");
        assertThat(browser.text("item-REPORTS_SUBMITTED")).contains("应报", "未报：2020H1");
        look("auditor: platform", width, english, layout);
        browser.find(By.id("audit-link")).click();
        browser.waitFor(By.id("verification-result"));
        look("auditor: audit", width, english, layout);
        // the history filtered from the address (kind and a search for the installment's entry id)
        browser.open("/console/platforms/" + p + "/audit?kind=InstallmentRecordedEvent&q=I-PROV-1");
        assertThat(browser.text("history-count")).startsWith("显示 1 条");
        assertThat(browser.find(By.id("history")).getText()).contains("资金到位", "2,000,000.00");
        look("auditor: audit, history filtered", width, english, layout);
        // the programmes' rules, from the bar
        browser.find(By.id("nav-rules")).click();
        assertThat(browser.text("param-JS-PLATFORMS-2019-minimumTotalInvestment")).endsWith(" 元");
        look("auditor: rules", width, english, layout);

        browser.login("finance");
        // a finance officer lands on the finance office's first page: figures, 预警 and the platform table
        browser.waitFor(By.id("fig-arrivalRate"));
        browser.waitFor(By.cssSelector("#chart-level[data-rendered='true'] canvas"));
        assertThat(browser.text("warning-" + p)).contains("红色预警", "建设期已满，实际到位 2,000,000.00 元");
        look("finance: first page", width, english, layout);
        browser.find(By.id("unit-switch")).click();
        browser.waitFor(By.id("unit-current"));
        assertThat(browser.text("unit-current")).isEqualTo("金额单位：元");
        look("finance: first page in yuan", width, english, layout);
        browser.open("/console/platforms/" + p + "/commands/installment");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("problem-code")).isEqualTo("VALIDATION_FAILED");
        assertThat(browser.text("problem-detail")).isEqualTo("有字段填写不正确，请按提示修改。");
        assertThat(browser.find(By.cssSelector(".field.invalid .field-error")).getText()).startsWith("请填写“");
        look("finance: installment form refused", width, english, layout);
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        browser.script("arguments[0].value = arguments[1];", browser.find(By.name("effectiveDate")), "2020-05-01");
        browser.find(By.name("voucherRef")).sendKeys("苏财教〔2020〕77号");
        browser.find(By.name("amount")).sendKeys("1.234");
        browser.submit();
        assertThat(browser.find(By.cssSelector(".field.invalid .field-error")).getText())
                .isEqualTo("“金额（元）”应为金额（元），如 1,500,000.00，最多两位小数。");
        look("finance: amount refused", width, english, layout);
        browser.find(By.name("amount")).clear();
        // a date after today: a rule of the domain, blamed on the field, in words
        browser.find(By.name("amount")).sendKeys("100.00");
        browser.script("arguments[0].value = arguments[1];", browser.find(By.name("effectiveDate")), "2099-01-01");
        browser.submit();
        assertThat(browser.find(By.id("form-problem")).getText()).doesNotContain("future");
        look("finance: date refused", width, english, layout);

        browser.login("college-" + college);
        browser.open("/console/platforms");
        look("college officer: platforms", width, english, layout);
        browser.open("/console/platforms/" + p);
        look("college officer: platform", width, english, layout);
        browser.open("/console/platforms/" + p + "/commands/expenditure");
        look("college officer: expenditure form", width, english, layout);

        browser.login("admin1");
        browser.open("/console/platforms/" + p + "/commands/decision");
        new Select(browser.find(By.name("type"))).selectByValue("REWARD");
        browser.find(By.name("amount")).sendKeys("1,000,000.00");
        browser.find(By.name("basis")).sendKeys("年度绩效考核优秀");
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2022〕" + width + "号");
        browser.script("arguments[0].value = arguments[1];", browser.find(By.name("decidedOn")), "2022-01-10");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("待另一位管理员复核");
        browser.find(By.cssSelector("#proposals button.approve")).click();
        assertThat(browser.text("problem-code")).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(browser.text("problem")).contains("提出人不能复核自己提出的事项");
        look("administrator: four eyes refused", width, english, layout);
        browser.find(By.id("nav-approvals")).click();
        browser.waitFor(By.id("approvals"));
        look("administrator: approvals", width, english, layout);

        assertThat(english).as("English on Chinese pages").isEmpty();
        assertThat(layout).as("layout at " + width + " px").isEmpty();
    }

    /** Collects the English on the page, and what is wrong with its layout at this width. */
    private static void look(String page, int width, Map<String, List<String>> english, List<String> layout) {
        List<String> words = browser.latinWords();
        if (!words.isEmpty()) {
            english.put(page, words);
        }
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script("""
                const problems = [];
                const width = arguments[0];
                document.querySelectorAll('td.num').forEach(td => {
                    if (getComputedStyle(td).textAlign !== 'right') problems.push('money left-aligned: ' + td.textContent);
                });
                if (width < 600) {
                    if (document.documentElement.scrollWidth > window.innerWidth + 1)
                        problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
                    const bar = document.querySelector('.topbar');
                    if (bar.getBoundingClientRect().height > 140) problems.push('top bar ' + bar.getBoundingClientRect().height + ' px tall');
                    document.querySelectorAll('.topbar a, .topbar span, .topbar button').forEach(e => {
                        const r = e.getBoundingClientRect();
                        if (r.height > 40) problems.push('top bar item wraps: ' + e.textContent.trim());
                    });
                    const cards = Array.from(document.querySelectorAll('.cards .card'));
                    if (new Set(cards.map(c => Math.round(c.getBoundingClientRect().left))).size > 1)
                        problems.push('cards side by side');
                    document.querySelectorAll('.chart').forEach(c => {
                        if (c.getBoundingClientRect().width > window.innerWidth) problems.push('chart wider than the phone');
                    });
                }
                return problems;""", width);
        problems.forEach(problem -> layout.add(page + ": " + problem));
    }
}
