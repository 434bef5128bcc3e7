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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The forms as people fill them in: amounts typed as the console shows them ({@code 1,500.00}, full-width digits)
 * are accepted; a count that is not a number is answered in Chinese naming the field; Back and submit again records
 * once; a voucher reference already on the platform is asked about before a second entry is recorded.
 */
class ConsoleFormsIT {

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

    private static String platform(String id, String college) {
        commands.approvedPlatform(id, college);
        commands.taskBook(id);
        commands.installment(id, "I-PROV-1", "PROVINCIAL_FINANCE", "2000000.00", "2020-04-01");
        return id;
    }

    @Test
    void amountsTypedAsShownOrInFullWidthDigitsAreAccepted() {
        String p = platform("FORM-1", "8600009001");
        browser.login("finance");
        installment(p, "1,500.00", "2020-05-01", "苏财教〔2020〕41号");
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,001,500.00");
        installment(p, "１，０００．００", "2020-05-02", "苏财教〔2020〕42号");
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,002,500.00");
    }

    @Test
    void aCountThatIsNotANumberIsAnsweredInChineseNamingTheField() {
        String p = platform("FORM-2", "8600009002");
        browser.login("college-8600009002");
        browser.open("/console/platforms/" + p + "/commands/report");
        new Select(browser.find(By.name("period"))).selectByIndex(1);
        browser.find(By.name("workstationsTotal")).sendKeys("300");
        browser.find(By.name("workstationsOffered")).sendKeys("１２０");
        browser.find(By.name("trainingPersonTimes")).sendKeys("五十");
        browser.find(By.name("studentPracticeHours")).sendKeys("5,000");
        browser.find(By.id("submit")).click();
        assertThat(browser.find(By.cssSelector(".field.invalid .field-error")).getText())
                .isEqualTo("“培训人次”应为整数，如 120。");
        assertThat(browser.find(By.cssSelector(".field.invalid input")).getAttribute("name")).isEqualTo("trainingPersonTimes");
        assertThat(browser.latinWords()).isEmpty();
    }

    @Test
    void backAndSubmitAgainOrTheSameFormReloadedRecordsOnce() {
        String p = platform("FORM-3", "8600009003");
        browser.login("college-8600009003");
        browser.open("/console/platforms/" + p + "/commands/expenditure");
        fillExpenditure("100000.00", "支-2020-001");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");

        browser.driver.navigate().back();
        browser.waitFor(By.id("command-form"));
        // as the user left it: Chromium may restore the inputs, or the user types them again
        if (browser.find(By.name("amount")).getAttribute("value").isEmpty()) {
            fillExpenditure("100000.00", "支-2020-001");
        }
        browser.find(By.id("submit")).click();
        browser.waitFor(By.id("platform-id"));
        assertThat(entriesWithVoucher(p, "支-2020-001")).hasSize(1);

        // the form's page loaded anew (its address again: a fresh page from the server) and the same entry typed again
        browser.open("/console/platforms/" + p + "/commands/expenditure");
        fillExpenditure("100000.00", "支-2020-001");
        browser.find(By.id("submit")).click();
        browser.waitFor(By.id("platform-id"));

        assertThat(entriesWithVoucher(p, "支-2020-001")).hasSize(1);
        assertThat(browser.text("spent-PROVINCIAL_FINANCE")).isEqualTo("100,000.00");
    }

    @Test
    void aVoucherAlreadyUsedOnThePlatformIsAskedAboutBeforeRecording() {
        String p = platform("FORM-4", "8600009004");
        browser.login("finance");
        installment(p, "300000.00", "2020-06-01", "苏财教〔2020〕50号");
        assertThat(browser.text("notice")).contains("已记录");

        installment(p, "200000.00", "2020-06-02", "苏财教〔2020〕50号");
        assertThat(browser.text("voucher-reuse")).contains("苏财教〔2020〕50号", "2020-06-01", "300,000.00 元");
        assertThat(entriesWithVoucher(p, "苏财教〔2020〕50号")).hasSize(1);

        browser.find(By.id("confirm-voucher")).click();
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(entriesWithVoucher(p, "苏财教〔2020〕50号")).hasSize(2);
        assertThat(browser.text("receivedCash-PROVINCIAL_FINANCE")).isEqualTo("2,500,000.00");
    }

    @Test
    void administratorsApproveOrSendBackProposalsFromTheirInboxButNeverTheirOwn() {
        String p = platform("FORM-5", "8600009005");
        browser.login("admin1");
        propose(p, "1,000,000.00", "苏教职〔2022〕51号");
        propose(p, "500000.00", "苏教职〔2022〕52号");
        browser.find(By.id("nav-approvals")).click();
        List<WebElement> mine = browser.driver.findElements(By.cssSelector("#approvals tbody tr"));
        WebElement first = row(p, "苏教职〔2022〕51号");
        assertThat(first.getText()).contains("绩效考核决定", "奖励 1,000,000.00 元", "依据：年度绩效考核优秀", "admin1");
        assertThat(first.findElements(By.cssSelector("button.approve"))).as("no approve button for the proposer").isEmpty();
        assertThat(first.findElement(By.cssSelector("button.withdraw")).getText()).isEqualTo("撤回");
        assertThat(mine).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.latinWords()).isEmpty();

        browser.login("admin2");
        browser.open("/console/approvals");
        assertThat(row(p, "苏教职〔2022〕52号").findElement(By.cssSelector("button.withdraw")).getText()).isEqualTo("退回");
        WebElement sendBack = row(p, "苏教职〔2022〕52号");
        sendBack.findElement(By.cssSelector("input[name=reason]")).sendKeys("金额依据不足");
        sendBack.findElement(By.cssSelector("button.withdraw")).click();
        assertThat(browser.text("notice")).contains("已撤回");
        row(p, "苏教职〔2022〕51号").findElement(By.cssSelector("button.approve")).click();
        assertThat(browser.text("notice")).contains("已复核通过");
        assertThat(browser.find(By.id("approvals-page")).getText()).doesNotContain("苏教职〔2022〕51号", "苏教职〔2022〕52号");

        JsonNode proposals = expect(ledger.queries.get("/api/v1/platforms/" + p + "/proposals"), 200).json();
        assertThat(StreamSupport.stream(proposals.spliterator(), false).map(x -> x.path("status").asText()))
                .containsExactlyInAnyOrder("APPROVED", "WITHDRAWN");
        browser.open("/console/platforms/" + p);
        assertThat(browser.text("planned-PROVINCIAL_FINANCE")).isEqualTo("11,000,000.00");
    }

    /**
     * Evidence documents from the console (issue 14 part 2): a voucher scan attached to an installment form is stored by
     * its SHA-256 and cited by the entry's event; the platform page lists it with the entry citing it, and its link
     * downloads the same bytes.
     */
    @Test
    void aVoucherScanAttachedToAnInstallmentIsCitedAndListedOnThePlatformPage() throws Exception {
        String p = platform("FORM-DOC", "8600009010");
        byte[] scan = "%PDF-1.4\n% 到账凭证扫描件 FORM-DOC\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.createTempDirectory("form-doc").resolve("到账凭证.pdf");
        Files.write(file, scan);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));

        browser.login("finance");
        browser.open("/console/platforms/" + p + "/commands/installment");
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        setValue("effectiveDate", "2020-05-03");
        browser.find(By.name("voucherRef")).sendKeys("苏财教〔2020〕60号");
        browser.find(By.name("amount")).sendKeys("300,000.00");
        browser.hidden(By.id("f-documentFiles")).sendKeys(file.toAbsolutePath().toString());
        browser.submit();
        assertThat(browser.text("notice")).contains("已记录");

        WebElement listed = browser.find(By.id("document-" + sha256));
        assertThat(listed.getText()).contains("到账凭证.pdf", "finance", "资金到位");
        JsonNode documents = expect(ledger.queries.get("/api/v1/platforms/" + p + "/documents"), 200).json();
        assertThat(documents.get(0).path("sha256").asText()).isEqualTo(sha256);
        assertThat(documents.get(0).path("citations").get(0).path("eventType").asText())
                .isEqualTo("InstallmentRecordedEvent");
        Object downloaded = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(new TextDecoder().decode(b)));""",
                "/console/platforms/" + p + "/documents/" + sha256);
        assertThat(downloaded).isEqualTo(new String(scan, StandardCharsets.UTF_8));
        assertThat(browser.latinWords()).isEmpty();
    }

    /**
     * Four eyes on the rules in the console (issue 15 part 4): admin1 proposes a rule change on the rules page (a count
     * typed in full-width digits), sees it waiting without an approve button of its own; admin2 approves it there, and
     * the change joins the history, before → after. On a programme of this test's own, so no other test's rules move.
     */
    @Test
    void aRuleChangeIsProposedAndApprovedByTwoAdministratorsOnTheRulesPage() {
        String programme = "CONSOLE-RULES";
        String establishment = expect(ledger.commands.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"%s","name":"控制台规则测试计划","reason":"控制台测试","decisionRef":"苏教职〔2026〕21号"}"""
                .formatted(programme)), 202).json().path("entryId").asText();
        expect(ledger.commands.as("admin2").post("/api/v1/programmes/" + programme + "/proposals/" + establishment
                + "/approval", "{}"), 200);
        String firstDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1).toString();

        browser.login("admin1");
        awaitOnRulesPage(By.id("propose-" + programme));
        browser.find(By.cssSelector("#propose-" + programme + " summary")).click();
        new Select(browser.find(By.id("parameter-" + programme))).selectByValue("reportDueDays");
        browser.find(By.id("value-" + programme)).sendKeys("６０");
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id("effective-from-" + programme)), firstDay);
        browser.find(By.id("reason-" + programme)).sendKeys("报告期限延长");
        browser.find(By.id("decision-ref-" + programme)).sendKeys("苏教职〔2026〕22号");
        browser.submit("propose-submit-" + programme);
        assertThat(browser.text("notice")).contains("已提出规则变更");
        WebElement waiting = awaitOnRulesPage(By.cssSelector("#pending-" + programme + " tbody tr"));
        assertThat(waiting.getText()).contains(firstDay, "报告提交期限（期末后）： 31 天 → 60 天", "报告期限延长 苏教职〔2026〕22号", "admin1");
        assertThat(waiting.findElements(By.cssSelector("button.approve"))).as("no approve button for the proposer").isEmpty();
        assertThat(browser.latinWords()).isEmpty();

        browser.login("admin2");
        WebElement toApprove = awaitOnRulesPage(By.cssSelector("#pending-" + programme + " tbody tr"));
        browser.submit(toApprove.findElement(By.cssSelector("button.approve")));
        assertThat(browser.text("notice")).contains("规则变更已复核通过");
        WebElement change = awaitOnRulesPage(By.id("change-" + programme + "-1"));
        assertThat(change.getText()).contains(firstDay, "31 天 → 60 天", "admin1", "admin2");
        assertThat(browser.present(By.cssSelector("#pending-" + programme + " tbody tr"))).isFalse();
        assertThat(browser.text("param-" + programme + "-reportDueDays")).isEqualTo("60 天");
    }

    /** The rules page, reloaded until the read model shows what the last command recorded. */
    private static WebElement awaitOnRulesPage(By by) {
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            browser.open("/console/rules");
            return browser.present(by);
        });
        return browser.find(by);
    }

    @Test
    void administratorsSetTheTaskBookReviseThePlanSuspendAndResumeThroughTheConsole() {
        String p = "FORM-6";
        commands.approvedPlatform(p, "8600009006");
        browser.login("admin1");
        browser.open("/console/platforms/" + p);
        assertThat(browser.driver.findElements(By.cssSelector("a[id^='form-']")).stream().map(e -> e.getAttribute("id")))
                .contains("form-plan-revision", "form-suspension", "form-resumption", "form-task-book", "form-acceptance-review");

        browser.find(By.id("form-task-book")).click();
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2020〕任务书6号");
        for (String[] target : new String[][] {{"T1-CORE-MODULES", "10"}, {"T2-PRACTICE-POSITIONS", "200"},
                {"T3-INDUSTRY-MENTORS", "30"}, {"T4-MODULAR-COURSES", "12"}, {"T5-FOUR-TECH-REVENUE", "1,500,000.00"},
                {"T7-INDUSTRY-COLLEGES", "1"}}) {
            browser.find(By.name("target." + target[0])).sendKeys(target[1]);
        }
        // a yes/no indicator is chosen, not typed
        new Select(browser.find(By.name("target.T6-CREDIT-BANK"))).selectByVisibleText("是");
        // the budget is declared with the task book, by category and year
        browser.find(By.name("budget.EQUIPMENT_PURCHASE.2020")).sendKeys("3,000,000.00");
        browser.find(By.name("budget.TEACHER_DEVELOPMENT.2021")).sendKeys("500000");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.find(By.id("indicators")).getText()).contains("T1-CORE-MODULES");

        browser.find(By.id("form-plan-revision")).click();
        assertThat(browser.find(By.name("budget.EQUIPMENT_PURCHASE.2020")).getAttribute("value"))
                .as("the budget as it stands").isEqualTo("3000000.00");
        WebElement provincial = browser.find(By.name("plan0.amount"));
        assertThat(provincial.getAttribute("value")).as("the plan as it stands").isEqualTo("10000000.00");
        provincial.clear();
        provincial.sendKeys("12,000,000.00");
        // and 2,000,000.00 less from the college, so the total stays 30,000,000.00 and enterprises keep a third
        assertThat(new Select(browser.find(By.name("plan3.source"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("COLLEGE");
        WebElement college = browser.find(By.name("plan3.amount"));
        college.clear();
        college.sendKeys("8,000,000.00");
        browser.find(By.name("reason")).sendKeys("追加省财政投入");
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2021〕6号");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("待另一位管理员复核");

        browser.find(By.id("form-suspension")).click();
        browser.find(By.name("reason")).sendKeys("资金到位滞后");
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2021〕66号");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("待另一位管理员复核");

        browser.login("admin2");
        browser.open("/console/approvals");
        assertThat(row(p, "苏教职〔2021〕6号").getText()).contains("资金计划调整", "原因：追加省财政投入");
        row(p, "苏教职〔2021〕6号").findElement(By.cssSelector("button.approve")).click();
        assertThat(browser.text("notice")).contains("已复核通过");
        row(p, "苏教职〔2021〕66号").findElement(By.cssSelector("button.approve")).click();
        assertThat(browser.text("notice")).contains("已复核通过");
        browser.open("/console/platforms/" + p);
        assertThat(browser.text("planned-PROVINCIAL_FINANCE")).isEqualTo("12,000,000.00");
        assertThat(browser.text("platform-status")).isEqualTo("暂停");
        // the revision changed the plan only: the budget was not restated as a new version
        JsonNode budget = expect(ledger.queries.get("/api/v1/platforms/" + p + "/budget-execution"), 200).json();
        assertThat(budget.path("budgetVersion").asInt()).isEqualTo(1);
        assertThat(budget.path("total").path("budget").asText()).isEqualTo("3500000.00");

        browser.find(By.id("form-resumption")).click();
        browser.find(By.name("reason")).sendKeys("整改完成");
        browser.find(By.name("decisionRef")).sendKeys("苏教职〔2021〕67号");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("platform-status")).isEqualTo("已立项");

        browser.find(By.id("form-acceptance-review")).click();
        assertThat(new Select(browser.find(By.name("result"))).getOptions()).extracting(WebElement::getText)
                .contains("通过", "优秀", "不通过");
        assertThat(browser.latinWords()).isEmpty();
    }

    /**
     * A finding through its whole workflow in the console, each step by the one role the command API lets take it:
     * the auditor records it (the only form it is offered), the college answers it, an administrator closes it; the
     * platform page shows where it stands after each step, in Chinese.
     */
    @Test
    void anAuditorRecordsAFindingTheCollegeAnswersItAndAnAdministratorClosesIt() {
        String p = "FORM-7";
        commands.approvedPlatform(p, "8600009007");
        browser.login("auditor");
        browser.open("/console/platforms/" + p);
        assertThat(browser.driver.findElements(By.cssSelector("a[id^='form-']")).stream().map(e -> e.getAttribute("id")))
                .containsExactly("form-finding");
        browser.find(By.id("form-finding")).click();
        assertThat(browser.latinWords()).isEmpty();
        new Select(browser.find(By.name("category"))).selectByVisibleText("资金使用");
        browser.find(By.name("text")).sendKeys("差旅费在设备购置中列支");
        setValue("deadline", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(90).toString());
        browser.find(By.name("findingId")).sendKeys("F7-1");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("audit-finding-F7-1")).contains("资金使用", "差旅费在设备购置中列支", "待整改");
        assertThat(browser.latinWords()).isEmpty();

        browser.login("college-8600009007");
        browser.open("/console/platforms/" + p + "/commands/rectification");
        new Select(browser.find(By.name("findingId"))).selectByValue("F7-1");
        browser.find(By.name("text")).sendKeys("已调账并补充凭证");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("audit-finding-F7-1")).contains("已提交整改");

        browser.login("admin1");
        browser.open("/console/platforms/" + p + "/commands/finding-closure");
        new Select(browser.find(By.name("findingId"))).selectByValue("F7-1");
        browser.find(By.name("remarks")).sendKeys("整改到位");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        assertThat(browser.text("audit-finding-F7-1")).contains("已销号");
    }

    /** The finance office allocates provincial money under a document number, then pays part of it, typed as shown. */
    @Test
    void theFinanceOfficeAllocatesThenPaysProvincialMoneyThroughTheConsole() {
        String p = "FORM-8";
        commands.approvedPlatform(p, "8600009008");
        browser.login("finance");
        browser.open("/console/platforms/" + p);
        assertThat(browser.driver.findElements(By.cssSelector("a[id^='form-']")).stream().map(e -> e.getAttribute("id")))
                .contains("form-provincial-allocation", "form-provincial-payment")
                .doesNotContain("form-finding", "form-finding-closure", "form-rectification");
        browser.find(By.id("form-provincial-allocation")).click();
        assertThat(browser.latinWords()).isEmpty();
        browser.find(By.name("amount")).sendKeys("1,000,000.00");
        setValue("allocatedOn", "2020-06-01");
        browser.find(By.name("documentNumber")).sendKeys("苏财教〔2020〕88号");
        browser.find(By.name("allocationId")).sendKeys("A8-1");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");

        browser.find(By.id("form-provincial-payment")).click();
        new Select(browser.find(By.name("allocationId"))).selectByValue("A8-1");
        assertThat(new Select(browser.find(By.name("allocationId"))).getFirstSelectedOption().getText())
                .contains("苏财教〔2020〕88号", "未拨付 1000000.00 元");
        browser.find(By.name("amount")).sendKeys("４００，０００．００");
        setValue("paidOn", "2020-07-01");
        browser.find(By.name("voucherRef")).sendKeys("拨付-2020-0701");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("已记录");
        JsonNode totals = expect(ledger.queries.get("/api/v1/platforms/" + p + "/provincial-chain"), 200).json()
                .path("totals");
        assertThat(totals.path("allocated").asText()).isEqualTo("1000000.00");
        assertThat(totals.path("paid").asText()).isEqualTo("400000.00");
    }

    private static void propose(String p, String amount, String ref) {
        browser.open("/console/platforms/" + p + "/commands/decision");
        new Select(browser.find(By.name("type"))).selectByValue("REWARD");
        browser.find(By.name("amount")).sendKeys(amount);
        browser.find(By.name("basis")).sendKeys("年度绩效考核优秀");
        browser.find(By.name("decisionRef")).sendKeys(ref);
        setValue("decidedOn", "2022-01-10");
        browser.find(By.id("submit")).click();
        assertThat(browser.text("notice")).contains("待另一位管理员复核");
    }

    /** The inbox row of a platform's proposal, found by its decision reference. */
    private static WebElement row(String platformId, String ref) {
        return browser.driver.findElements(By.cssSelector("#approvals tbody tr")).stream()
                .filter(r -> r.getText().contains(platformId) && r.getText().contains(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no inbox row for " + platformId + " " + ref));
    }

    private static void installment(String p, String amount, String date, String voucher) {
        browser.open("/console/platforms/" + p + "/commands/installment");
        new Select(browser.find(By.name("form"))).selectByValue("CASH");
        setValue("effectiveDate", date);
        browser.find(By.name("voucherRef")).sendKeys(voucher);
        browser.find(By.name("amount")).sendKeys(amount);
        browser.find(By.id("submit")).click();
        browser.waitFor(By.cssSelector("#notice, #voucher-reuse, #form-problem"));
    }

    private static void fillExpenditure(String amount, String voucher) {
        new Select(browser.find(By.name("category"))).selectByValue("EQUIPMENT_PURCHASE");
        new Select(browser.find(By.name("chargedSource"))).selectByValue("PROVINCIAL_FINANCE");
        setValue("effectiveDate", "2020-06-01");
        WebElement voucherRef = browser.find(By.name("voucherRef"));
        voucherRef.clear();
        voucherRef.sendKeys(voucher);
        WebElement amountInput = browser.find(By.name("amount"));
        amountInput.clear();
        amountInput.sendKeys(amount);
    }

    private static void setValue(String name, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(By.name(name)), value);
    }

    private static List<JsonNode> entriesWithVoucher(String platformId, String voucher) {
        JsonNode lines = expect(ledger.queries.get("/api/v1/platforms/" + platformId + "/ledger"), 200).json().path("lines");
        return StreamSupport.stream(lines.spliterator(), false)
                .filter(l -> voucher.equals(l.path("voucherRef").asText())).toList();
    }
}
