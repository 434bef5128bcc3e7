package cn.jsedu.ledger.system.browser;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An evaluation round in the console, in Chinese, as the administrators work it (ADR 0026): admin1 opens the round on
 * the rounds page, records the panel's scores on the round's page (points typed in full-width digits), proposes the
 * results, and sees them waiting without an approve button of its own; admin2 approves them, and the results show
 * their grades on the round's page and on the platform's. On a programme of this test's own (batch 1 from 2024), so
 * the round holds only this test's two platforms.
 */
class EvaluationRoundFormsIT {

    private static final String PROGRAMME = "CONSOLE-ROUNDS";
    private static final String ROUND = "EVAL-" + PROGRAMME + "-2024-ANNUAL-ALL";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        String establishment = expect(ledger.commands.as("admin1").post("/api/v1/programmes", """
                {"programmeId":"%s","name":"控制台评价测试计划","parameters":{"batchStartYears":{"1":2024}},
                 "reason":"控制台测试","decisionRef":"苏教职〔2024〕31号"}""".formatted(PROGRAMME)), 202)
                .json().path("entryId").asText();
        expect(ledger.commands.as("admin2").post("/api/v1/programmes/" + PROGRAMME + "/proposals/" + establishment
                + "/approval", "{}"), 200);
        platform("RB-1", "8600012001");
        platform("RB-2", "8600012002");
        long funded = commands.installment("RB-1", "I-1", "PROVINCIAL_FINANCE", "10000000.00", "2024-04-01");
        expect(ledger.queries.get("/api/v1/platforms/RB-1?minVersion=" + funded), 200);
        browser = Browser.start(ledger.consoleUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void platform(String id, String college) {
        expect(commands.declare(id, college, """
                {"platformId":"%s","programmeId":"%s","college":{"code":"%s","name":"测试职业技术学院","city":"常州市"},
                 "majorGroup":"智能制造专业群","industry":"高端装备制造","title":"产教融合集成平台 %s",
                 "enterprises":[{"partyId":"E1","name":"甲企业","creditCode":"%s"}],
                 "plan":[{"source":"PROVINCIAL_FINANCE","year":2024,"amount":"10000000.00"},
                         {"source":"ENTERPRISE","partyId":"E1","year":2024,"amount":"10000000.00"},
                         {"source":"COLLEGE","year":2025,"amount":"10000000.00"}]}"""
                .formatted(id, PROGRAMME, college, id, Commands.E1_CODE)), 201);
        expect(ledger.commands.as("admin1").post("/api/v1/platforms/" + id + "/approval", """
                {"batch":1,"constructionStart":"2024-03-01","decisionRef":"苏教职〔2024〕32号"}"""), 200);
    }

    @Test
    void aRoundIsOpenedScoredAndProposedByOneAdministratorAndPublishedByAnother() {
        browser.login("admin1");
        browser.open("/console/evaluation-rounds");
        browser.find(By.cssSelector("#open-round summary")).click();
        new Select(browser.find(By.id("round-programme"))).selectByValue(PROGRAMME);
        new Select(browser.find(By.id("round-kind"))).selectByValue("ANNUAL");
        WebElement year = browser.find(By.id("round-year"));
        year.clear();
        year.sendKeys("2024");
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id("round-reference-date")), "2024-12-31");
        browser.submit("open-round-submit");
        assertThat(browser.text("notice")).contains("评价轮次已开启");
        awaitOnRoundPage(By.id("record-panel-score"));
        assertThat(browser.text("round-status")).isEqualTo("评分中");
        assertThat(browser.find(By.id("ranked-RB-1")).getText()).contains("RB-1");
        assertThat(browser.latinWords()).isEmpty();

        score("RB-1", "PANEL_CONSTRUCTION_QUALITY", "２２．５");
        score("RB-1", "PANEL_SERVICE_AND_INNOVATION", "22.5");
        score("RB-2", "PANEL_CONSTRUCTION_QUALITY", "10");
        score("RB-2", "PANEL_SERVICE_AND_INNOVATION", "26");
        assertThat(browser.text("problem-code")).as("more than the item's 25 points").isEqualTo("PANEL_SCORE_OUT_OF_RANGE");
        assertThat(browser.latinWords()).isEmpty();
        score("RB-2", "PANEL_SERVICE_AND_INNOVATION", "10");
        awaitOnRoundPage(By.id("no-missing"));
        assertThat(browser.find(By.id("panel-RB-1-PANEL_CONSTRUCTION_QUALITY")).getText()).contains("22.50", "admin1");

        browser.find(By.cssSelector("#propose-publication summary")).click();
        browser.submit("publication-submit");
        assertThat(browser.text("notice")).contains("已提议发布");
        awaitOnRoundPage(By.id("pending-proposal"));
        assertThat(browser.present(By.id("approve-publication"))).as("no approve button for the proposer").isFalse();
        assertThat(browser.present(By.id("withdraw-publication"))).isTrue();
        assertThat(browser.latinWords()).isEmpty();

        browser.login("admin2");
        awaitOnRoundPage(By.id("approve-publication"));
        assertThat(browser.present(By.id("withdraw-publication"))).isFalse();
        browser.submit("approve-publication-submit");
        assertThat(browser.text("notice")).contains("评价结果已发布");
        awaitOnRoundPage(By.id("results"));
        assertThat(browser.text("round-status")).isEqualTo("已发布");
        assertThat(browser.text("grade-RB-1")).isEqualTo("合格");
        assertThat(browser.text("grade-RB-2")).isEqualTo("不合格");
        assertThat(browser.latinWords()).isEmpty();

        await().atMost(Duration.ofMinutes(1)).until(() -> {
            browser.open("/console/platforms/RB-1");
            return browser.present(By.id("evaluation-grade-" + ROUND));
        });
        assertThat(browser.text("evaluation-grade-" + ROUND)).isEqualTo("合格");
        assertThat(browser.find(By.id("evaluation-" + ROUND)).getText()).contains("2024", "年度绩效评价", "1 / 2");
    }

    private static void score(String platformId, String item, String points) {
        awaitOnRoundPage(By.id("score-platform"));
        new Select(browser.find(By.id("score-platform"))).selectByValue(platformId);
        new Select(browser.find(By.id("score-item"))).selectByValue(item);
        browser.find(By.id("score-points")).sendKeys(points);
        browser.find(By.id("score-remarks")).sendKeys("专家组评议意见");
        browser.submit("score-submit");
    }

    /** The round's page, reloaded until the read model shows what the last command recorded. */
    private static void awaitOnRoundPage(By by) {
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            if (!browser.present(by)) {
                browser.open("/console/evaluation-rounds/" + ROUND);
            }
            return browser.present(by);
        });
    }
}
