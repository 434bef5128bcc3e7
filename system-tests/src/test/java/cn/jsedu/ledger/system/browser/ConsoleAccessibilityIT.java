package cn.jsedu.ledger.system.browser;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility check of the build: axe-core (the webjar's {@code axe.min.js}) run in Chromium on every console
 * page, each role's, at 1440 and 390 px: no serious or critical violation (contrast, names of controls and images,
 * labels, landmarks, ...). Also the static files: fingerprinted URLs, cached for a year, compressed. With
 * {@code -Dconsole.screenshots=../docs/screenshots} it writes the README's screenshots of the main pages.
 */
class ConsoleAccessibilityIT {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String SCREENSHOTS = System.getProperty("console.screenshots");

    private static LedgerSystem ledger;
    private static Commands commands;
    private static Browser browser;
    private static String axe;

    @BeforeAll
    static void start() throws IOException {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        browser = Browser.start(ledger.consoleUrl());
        try (InputStream in = ConsoleAccessibilityIT.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyConsolePageHasNoSeriousOrCriticalAccessibilityViolation() {
        String p = "A11Y-1";
        commands.approvedPlatform(p, "8600009101");
        commands.taskBook(p);
        commands.installment(p, "I-PROV-1", "PROVINCIAL_FINANCE", "2000000.00", "2020-04-01");
        commands.contribution(p, "C-E1-1", "E1", "CASH", "1000000.00", "2020-05-01");
        commands.expenditure(p, "X-1", "PROVINCIAL_FINANCE", null, "300000.00", "2020-06-01");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (int width : new int[] {1440, 390}) {
            browser.resize(width, 1000);
            browser.driver.manage().deleteAllCookies();
            browser.open("/login");
            check("login", width, violations);

            browser.login("auditor");
            browser.open("/console");
            browser.waitFor(By.cssSelector("#chart-status[data-rendered='true'] canvas"));
            check("dashboard", width, violations);
            shoot("01-dashboard", width);
            browser.open("/console/platforms");
            check("platforms", width, violations);
            browser.open("/console/platforms/" + p);
            browser.waitFor(By.cssSelector("#chart-plan[data-rendered='true'] canvas"));
            check("platform", width, violations);
            shoot("02-platform", width);
            browser.open("/console/platforms/" + p + "/audit");
            browser.waitFor(By.id("verification-result"));
            check("audit", width, violations);
            shoot("05-audit", width);
            browser.open("/console/platforms/NO-SUCH-PLATFORM");
            check("error page", width, violations);

            browser.login("finance");
            browser.waitFor(By.id("fig-arrivalRate"));
            check("finance first page", width, violations);
            shoot("06-finance", width);

            browser.login("college-8600009101");
            for (String form : List.of("installment", "contribution", "expenditure", "adjustment", "recovery", "report")) {
                browser.open("/console/platforms/" + p + "/commands/" + form);
                check(form + " form", width, violations);
            }
            browser.find(By.id("submit")).click();
            browser.waitFor(By.id("form-problem"));
            check("report form refused", width, violations);
            shoot("03-report-form-refused", width);

            browser.login("admin1");
            browser.open("/console/platforms/" + p + "/commands/decision");
            check("decision form", width, violations);
            browser.open("/console/approvals");
            check("approvals", width, violations);
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void staticFilesHaveFingerprintedUrlsAreCachedForAYearAndCompressed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create(ledger.consoleUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher css = Pattern.compile("/console/assets/console-[0-9a-f]{32}\\.css").matcher(login);
        assertThat(css.find()).as("the stylesheet's URL carries its content hash: " + login).isTrue();
        HttpResponse<byte[]> stylesheet = get(http, css.group());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));

        HttpResponse<byte[]> echarts = get(http, "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(echarts.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("max-age=31536000").doesNotContain("no-store"));
        assertThat(echarts.body().length).as("compressed: well under its 1 MB").isLessThan(500_000);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ledger.consoleUrl() + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** axe-core on the page as it is now: its serious and critical violations, each with the elements it names. */
    private static void check(String page, int width, Map<String, List<String>> violations) {
        browser.script(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || ''))}))))
                            .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        List<String> lines = new ArrayList<>();
        found.forEach(v -> lines.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes")));
        if (!lines.isEmpty()) {
            violations.put(page + " at " + width + " px", lines);
        }
    }

    private static void shoot(String name, int width) {
        if (SCREENSHOTS != null) {
            browser.screenshot(Path.of(SCREENSHOTS), name + "-" + width, width);
        } else {
            browser.screenshot(Browser.SCREENSHOTS, "a11y-" + name + "-" + width, width);
        }
    }
}
