package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives commands through the API, then scrapes both services as Prometheus does: the domain metrics count what
 * the client saw (once per request, an idempotent repeat included but its money not twice), Axon's meters are
 * dimensional, and no tag carries an id.
 */
class MetricsScrapeIT {

    private static final String P = "OBS-METRICS-1";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static Api commandScraper;
    private static Api queryScraper;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commandScraper = Services.scraper(ledger.commandSide);
        queryScraper = Services.scraper(ledger.querySide);
    }

    @Test
    void commandsMoneyAndProjectionAreMeasuredWithBoundedTags() {
        Scrape before = Scrape.of(commandScraper);
        commands.approvedPlatform(P, "8800000001");
        String installment = """
                {"entryId":"I-OBS-1","source":"PROVINCIAL_FINANCE","form":"CASH","amount":"1234567.89",
                 "effectiveDate":"2020-04-01","voucherRef":"凭证-OBS-1"}""";
        Api finance = ledger.commands.as("finance");
        expect(finance.post("/api/v1/platforms/" + P + "/installments", installment, "Idempotency-Key", "obs-i-1"), 201);
        // the same request again: answered from the stored result, nothing recorded
        expect(finance.post("/api/v1/platforms/" + P + "/installments", installment, "Idempotency-Key", "obs-i-1"), 201);
        commands.contribution(P, "C-OBS-1", "E1", "CASH", "1000000.00", "2020-04-15");
        long version = commands.expenditure(P, "X-OBS-1", "PROVINCIAL_FINANCE", null, "200000.00", "2020-05-01");
        // more than the provincial cash: refused with 422
        expect(commands.post(P, "expenditures", """
                {"category":"OTHER","chargedSource":"PROVINCIAL_FINANCE","amount":"9000000.00",
                 "effectiveDate":"2020-06-01","voucherRef":"付款-OBS"}"""), 422);
        Scrape after = Scrape.of(commandScraper);

        assertThat(delta(before, after, "ledger_commands_total", "type", "DeclarePlatformCommand", "outcome", "success"))
                .isEqualTo(1);
        assertThat(delta(before, after, "ledger_commands_total", "type", "RecordInstallmentCommand", "outcome", "success",
                "kind", "NONE")).isEqualTo(2);
        assertThat(delta(before, after, "ledger_commands_total", "type", "RecordExpenditureCommand", "outcome", "rejected",
                "kind", "RULE")).isEqualTo(1);
        assertThat(delta(before, after, "ledger_money_recorded_yuan_total", "source", "PROVINCIAL_FINANCE",
                "entry", "INSTALLMENT")).isEqualTo(1234567.89);
        assertThat(delta(before, after, "ledger_money_recorded_yuan_total", "source", "ENTERPRISE",
                "entry", "ENTERPRISE_CONTRIBUTION")).isEqualTo(1000000.00);
        assertThat(delta(before, after, "ledger_money_recorded_yuan_total", "source", "PROVINCIAL_FINANCE",
                "entry", "EXPENDITURE")).isEqualTo(200000.00);
        // Axon's own meters, dimensional: one name, the command type as a tag
        assertThat(after.sum("commandBus_successCounter_total", "payloadType", "RecordInstallmentCommand"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("commandBus_failureCounter_total", "payloadType", "RecordExpenditureCommand"))
                .isGreaterThanOrEqualTo(1);

        expect(ledger.queries.get("/api/v1/platforms/" + P + "?minVersion=" + version), 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape queries = Scrape.of(queryScraper);
            assertThat(queries.find("ledger_projection_lag_seconds", "processor", "read-models")).hasSize(1);
            assertThat(queries.find("ledger_projection_behind_events", "processor", "read-models")).hasSize(1);
            assertThat(queries.sum("ledger_programme_platforms", "status", "APPROVED")).isGreaterThanOrEqualTo(1);
            assertThat(queries.sum("ledger_programme_amount_yuan", "figure", "received", "status", "APPROVED"))
                    .isGreaterThanOrEqualTo(2234567.89);
            assertThat(queries.sum("eventProcessor_successCounter_total", "processorName", "read-models",
                    "payloadType", "InstallmentRecordedEvent")).isGreaterThanOrEqualTo(1);
            assertThat(queries.find("eventProcessor_latency", "processorName", "read-models")).hasSize(1);
        });

        // bounded tags: no platform, entry or idempotency key ever becomes a label value
        for (String scrape : new String[] {after.text, Scrape.of(queryScraper).text}) {
            assertThat(scrape).doesNotContain(P, "I-OBS-1", "obs-i-1", "1234567.89\"");
        }
    }

    /**
     * The scrape shows programme money totals that the API refuses a college officer: anonymous callers and every
     * other role are refused, on both services.
     */
    @Test
    void onlyTheScrapeAccountReadsMetrics() {
        for (var side : new org.springframework.context.ConfigurableApplicationContext[] {ledger.commandSide, ledger.querySide}) {
            Api api = new Api(Services.port(side));
            assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
            for (String user : new String[] {"admin1", "finance", "auditor", "college-8800000001"}) {
                assertThat(api.as(user).get("/actuator/prometheus").status()).as(user).isEqualTo(403);
            }
            assertThat(api.as("prometheus", "wrong").get("/actuator/prometheus").status()).isEqualTo(401);
            assertThat(api.as("prometheus", LedgerSystem.SCRAPE_PASSWORD).get("/api/v1/platforms").status())
                    .isIn(403, 404);
        }
        assertThat(queryScraper.get("/api/v1/programme/compliance").status()).isEqualTo(403);
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return Math.round((after.sum(name, labels) - before.sum(name, labels)) * 100) / 100.0;
    }
}
