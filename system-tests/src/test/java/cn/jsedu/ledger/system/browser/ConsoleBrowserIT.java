package cn.jsedu.ledger.system.browser;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, as each role uses it: a finance officer records an installment through
 * the form, sees the API's validation message first and then the balance change; a double submit records once; an
 * auditor reads the dashboard (charts drawn), a platform and its audit page with time travel and verification; a
 * college officer sees only its own platform; two administrators propose and approve a decision (four eyes).
 * Screenshots of the main pages are kept in {@code system-tests/target/screenshots}.
 */
class ConsoleBrowserIT {

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

    /** An approved platform with its agreement, task book and 2,000,000.00 of provincial money. */
    private static String platform(String id, String college) {
        commands.approvedPlatform(id, college);
        commands.taskBook(id);
        commands.installment(id, "I-PROV-1", "PROVINCIAL_FINANCE", "2000000.00", "2020-04-01");
        return id;
    }

    @Test
    void financeOfficerRecordsAnInstallmentSeesTheApiValidationMessageThenTheBalanceChange() {
        String p = platform("WEB-1", "8600000001");
        browser.login("finance");
        browser.open("/console/platforms/" + p);
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,000,000.00");

        browser.find(By.id("form-installment")).click();
        String key = browser.hidden(By.name("idempotencyKey")).getAttribute("value");
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        setValue("effectiveDate", "2020-05-01");
        browser.find(By.name("voucherRef")).sendKeys("苏财教〔2020〕30号");
        browser.find(By.name("amount")).sendKeys("1.234");
        browser.find(By.id("submit")).click();

        assertThat(browser.text("problem-code")).isEqualTo("VALIDATION_FAILED");
        // the API's field error, in the console's words (ConsoleInChineseIT: no English on any Chinese page)
        assertThat(browser.find(By.cssSelector(".field.invalid .field-error")).getText())
                .isEqualTo("“金额（元）”应为金额（元），如 1,500,000.00，最多两位小数。");
        assertThat(browser.hidden(By.name("idempotencyKey")).getAttribute("value")).isEqualTo(key);
        browser.screenshot("03-installment-validation-error");

        WebElement amount = browser.find(By.name("amount"));
        amount.clear();
        amount.sendKeys("500000.00");
        browser.find(By.id("submit")).click();

        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,500,000.00");
        browser.screenshot("04-installment-recorded");
        JsonNode last = lastEvent(p);
        assertThat(last.path("type").asText()).isEqualTo("InstallmentRecordedEvent");
        assertThat(last.path("user").asText()).isEqualTo("finance");
        assertThat(last.path("idempotencyKey").asText()).isEqualTo(key);
    }

    @Test
    void aDoubleSubmittedFormRecordsOnce() {
        String p = platform("WEB-2", "8600000002");
        browser.login("finance");
        browser.open("/console/platforms/" + p + "/commands/installment");
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        setValue("effectiveDate", "2020-06-01");
        browser.find(By.name("voucherRef")).sendKeys("苏财教〔2020〕31号");
        browser.find(By.name("amount")).sendKeys("100000.00");
        String key = browser.hidden(By.name("idempotencyKey")).getAttribute("value");
        // the same form sent twice at once, as a double click or an impatient reload would
        @SuppressWarnings("unchecked")
        List<Object> answers = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('command-form');
                const send = () => fetch(form.action, {method: 'POST', redirect: 'manual',
                    body: new URLSearchParams(new FormData(form))}).then(r => r.type);
                Promise.all([send(), send()]).then(done);""");
        assertThat(answers).containsOnly("opaqueredirect");

        List<JsonNode> withKey = history(p).stream().filter(e -> key.equals(e.path("idempotencyKey").asText())).toList();
        assertThat(withKey).hasSize(1);
        browser.open("/console/platforms/" + p + "?minVersion=" + withKey.get(0).path("sequenceNumber").asLong());
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,100,000.00");
    }

    @Test
    void auditorReadsTheDashboardInChineseThePlatformAndItsAuditPageWithTimeTravel() {
        String p = platform("WEB-3", "8600000003");
        browser.open("/login");
        browser.screenshot("00-login");
        browser.login("auditor");
        assertThat(browser.currentPath()).isEqualTo("/console");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("项目总览");
        browser.waitFor(By.cssSelector("#chart-sources[data-rendered='true'] canvas"));
        browser.waitFor(By.cssSelector("#chart-readiness[data-rendered='true'] canvas"));
        assertThat(browser.present(By.id("row-" + p))).isTrue();
        browser.screenshot("01-dashboard");

        browser.open("/console/platforms/" + p);
        browser.waitFor(By.cssSelector("#chart-plan[data-rendered='true'] canvas"));
        // an auditor's only command is recording an audit finding (issue 14): no money, no decision
        assertThat(browser.driver.findElements(By.cssSelector("a[id^='form-']")).stream().map(e -> e.getAttribute("id")))
                .as("an auditor records findings and issues no other command").containsExactly("form-finding");
        assertThat(browser.present(By.id("export-dossier"))).isTrue();
        browser.screenshot("02-platform");

        browser.find(By.id("audit-link")).click();
        assertThat(browser.text("verification-result")).startsWith("通过");
        List<JsonNode> events = history(p);
        assertThat(browser.driver.findElements(By.cssSelector("#history tbody tr"))).hasSize(events.size());
        browser.screenshot("05-audit");

        setValue("asOf", "2020-03-31");
        browser.find(By.id("time-travel-apply")).click();
        assertThat(browser.text("then-received-PROVINCIAL_FINANCE")).isEqualTo("0.00");
        setValue("asOf", "");
        // as known right after the approval: the agreement and the money were recorded later
        setValue("knownAt", chinaTime(events.get(1).path("recordedAt").asText()));
        browser.find(By.id("time-travel-apply")).click();
        assertThat(browser.text("then-received-total")).isEqualTo("0.00");
        assertThat(browser.find(By.id("event-" + (events.size() - 1))).getAttribute("class")).contains("unknown");
        assertThat(browser.find(By.id("event-0")).getAttribute("class")).doesNotContain("unknown");
    }

    @Test
    void collegeOfficerSeesOnlyItsOwnPlatformAndRecordsThroughItsForms() {
        String own = platform("WEB-4", "8600000004");
        String other = platform("WEB-5", "8600000005");
        browser.login("college-8600000004");
        browser.open("/console");
        assertThat(browser.currentPath()).isEqualTo("/console/platforms");
        assertThat(browser.find(By.id("platform-list")).getText()).contains(own).doesNotContain(other);

        browser.open("/console/platforms/" + other);
        assertThat(browser.text("error-message")).isEqualTo("没有找到该页面或平台。");
        browser.screenshot("07-college-officer-other-platform");
        browser.open("/console/platforms/" + own + "/commands/decision");
        assertThat(browser.text("error-message")).isEqualTo("您的角色无权访问此页面。");

        browser.open("/console/platforms/" + own);
        assertThat(browser.driver.findElements(By.cssSelector("a[id^='form-']")).stream().map(e -> e.getAttribute("id")))
                .containsExactly("form-installment", "form-contribution", "form-expenditure", "form-adjustment", "form-recovery",
                        "form-report", "form-rectification");
        browser.find(By.id("form-installment")).click();
        Select source = new Select(browser.find(By.name("source")));
        assertThat(source.getOptions().stream().map(o -> o.getAttribute("value")))
                .contains("COLLEGE").doesNotContain("PROVINCIAL_FINANCE", "ENTERPRISE");
        source.selectByValue("COLLEGE");
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        setValue("effectiveDate", "2020-07-01");
        browser.find(By.name("voucherRef")).sendKeys("校财-2020-0701");
        browser.find(By.name("amount")).sendKeys("300000.00");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("receivedCash-COLLEGE")).isEqualTo("300,000.00");
        browser.screenshot("06-college-officer-platform");
    }

    @Test
    void twoAdministratorsProposeAndApproveADecisionWithFourEyes() {
        String p = platform("WEB-6", "8600000006");
        browser.login("admin1");
        browser.open("/console/platforms/" + p);
        browser.find(By.id("form-decision")).click();
        new Select(browser.find(By.name("type"))).selectByValue("REWARD");
        browser.find(By.name("amount")).sendKeys("1000000.00");
        browser.find(By.name("basis")).sendKeys("年度绩效考核优秀");
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2022〕7号");
        setValue("decidedOn", "2022-01-10");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("待另一位管理员复核");
        browser.find(By.cssSelector("#proposals button.approve")).click();
        assertThat(browser.text("problem")).contains("FOUR_EYES_REQUIRED");

        browser.login("admin2");
        browser.open("/console/platforms/" + p);
        browser.find(By.cssSelector("#proposals button.approve")).click();
        assertThat(browser.text("notice")).contains("已复核通过");
        assertThat(browser.text("planned-PROVINCIAL_FINANCE")).isEqualTo("11,000,000.00");
        assertThat(browser.find(By.id("decisions")).getText()).contains("奖励", "苏教职〔2022〕7号");
        browser.screenshot("08-four-eyes-approved");
    }

    @Test
    void switchesToEnglishAndRefusesAWrongPassword() {
        browser.login("auditor");
        browser.find(By.id("lang-en")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Programme dashboard");
        browser.screenshot("09-dashboard-english");
        browser.find(By.id("lang-zh")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("项目总览");

        browser.find(By.id("logout")).click();
        browser.find(By.id("username")).sendKeys("auditor");
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.id("login-submit")).click();
        assertThat(browser.text("login-error")).isEqualTo("用户名或密码错误。");
        browser.open("/console");
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    private static void setValue(String name, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(By.name(name)), value);
    }

    private static List<JsonNode> history(String platformId) {
        JsonNode events = expect(ledger.queries.get("/api/v1/platforms/" + platformId + "/history"), 200).json();
        return java.util.stream.StreamSupport.stream(events.spliterator(), false).toList();
    }

    private static JsonNode lastEvent(String platformId) {
        List<JsonNode> events = history(platformId);
        return events.get(events.size() - 1);
    }

    /** An instant as the console's datetime-local picker takes it: China time, to the millisecond (rounded up). */
    private static String chinaTime(String instant) {
        java.time.Instant exact = java.time.Instant.parse(instant);
        java.time.Instant millis = exact.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        java.time.Instant ceiling = millis.isBefore(exact) ? millis.plusMillis(1) : millis;
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(ceiling);
    }
}
