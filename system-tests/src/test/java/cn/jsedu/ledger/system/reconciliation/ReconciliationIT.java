package cn.jsedu.ledger.system.reconciliation;

import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Reconciliation finds every way a read model can part from its events (ADR 0017). Five platforms are built through
 * the APIs and copied into a database of their own, whose query side projects them from scratch (reconciling every
 * second, two platforms per scheduled run); there a clean copy agrees, then each platform's read model is damaged in
 * one way, as the owner of the read-model schema could: a ledger line deleted, an event skipped by the stream (the
 * processor's token moved past it), the tail of a platform cut off with its version set back, and amounts changed.
 * Each is reported with the platform, the figure, the read model's value and the events' value.
 */
class ReconciliationIT {

    private static final String LINE = "RECON-LINE";
    private static final String SKIP = "RECON-SKIP";
    private static final String TAIL = "RECON-TAIL";
    private static final String AMOUNT = "RECON-AMOUNT";
    private static final String CLEAN = "RECON-CLEAN";
    private static final List<String> PLATFORMS = List.of(LINE, SKIP, TAIL, AMOUNT, CLEAN);
    /** Sequence numbers: declared 0, approved 1, agreement 2, then the five money events below. */
    private static final long HEAD = 7;

    private static CopiedLedger copy;
    private static JsonNode cleanReport;
    private static final List<String> disagreementsSeenWhileCatchingUp = new ArrayList<>();

    @BeforeAll
    static void fivePlatformsCopiedAndProjectedFromScratch() {
        LedgerSystem ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        int college = 0;
        for (String platform : PLATFORMS) {
            commands.approvedPlatform(platform, "873000000" + college++);
            commands.installment(platform, "I-1", "PROVINCIAL_FINANCE", "500000.00", "2020-04-01");      // 3
            commands.contribution(platform, "C-1", "E1", "CASH", "300000.00", "2020-04-02");             // 4
            commands.expenditure(platform, "X-1", "PROVINCIAL_FINANCE", null, "100000.00", "2020-05-01"); // 5
            commands.provincialCorrection(platform, "K-1", "I-1", "450000.00");                          // 6
            assertThat(commands.installment(platform, "I-2", "COLLEGE", "20000.00", "2020-06-01")).isEqualTo(HEAD);
        }
        copy = CopiedLedger.of(ledger, "reconciliation_copy", "RECON-", "--ledger.reconciliation.interval=1s",
                "--ledger.reconciliation.initial-delay=0s", "--ledger.reconciliation.platforms-per-run=2",
                "--ledger.reconciliation.chunk-size=2");
        // While the copy projects every event from the tail, scheduled runs see platforms lagging, never disagreeing.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response latest = copy.queries.get("/api/v1/reconciliation/latest");
            if (latest.status() == 200 && latest.json().path("disagreementCount").asLong() > 0) {
                disagreementsSeenWhileCatchingUp.add(latest.body());
            }
            return PLATFORMS.stream().allMatch(p -> copy.queries.get("/api/v1/platforms/" + p).json()
                    .path("version").asLong(-1) == HEAD);
        });
        cleanReport = run();
    }

    @AfterAll
    static void stopTheCopy() {
        if (copy != null) {
            copy.close();
        }
    }

    private static JsonNode run() {
        return expect(copy.queries.post("/api/v1/reconciliation", ""), 200).json();
    }

    /** The disagreements a report names for one platform: kind, figure, read model, events. */
    private static List<org.assertj.core.groups.Tuple> of(JsonNode report, String platform) {
        List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
        report.path("disagreements").forEach(d -> {
            if (platform.equals(d.path("platformId").asText(null))) {
                found.add(tuple(d.path("kind").asText(), d.path("figure").asText(), d.path("readModel").asText(),
                        d.path("fromEvents").asText()));
            }
        });
        return found;
    }

    private static Set<String> programmeFigures(JsonNode report) {
        Set<String> figures = new TreeSet<>();
        report.path("disagreements").forEach(d -> {
            if (!d.has("platformId")) {
                figures.add(d.path("figure").asText());
            }
        });
        return figures;
    }

    private static Set<String> lagging(JsonNode report) {
        Set<String> platforms = new TreeSet<>();
        report.path("lagging").forEach(l -> platforms.add(l.path("platformId").asText()));
        return platforms;
    }

    private static String eventIdOf(String platform, long sequence) {
        return copy.rows(platform).get((int) sequence).eventIdentifier();
    }

    @Test
    void aCleanCopyAgreesAndLagWhileItWasCatchingUpWasNeverADisagreement() {
        assertThat(cleanReport.path("disagreementCount").asLong()).as(cleanReport.toString()).isZero();
        assertThat(cleanReport.path("disagreements")).isEmpty();
        assertThat(cleanReport.path("lagging")).isEmpty();
        assertThat(cleanReport.path("lastRun").path("trigger").asText()).isEqualTo("ON_DEMAND");
        assertThat(cleanReport.path("lastRun").path("platformsChecked").asInt()).isEqualTo(PLATFORMS.size());
        assertThat(cleanReport.path("lastRun").path("completedPass").asBoolean()).isTrue();
        assertThat(cleanReport.path("programmeCheckedAt").asText()).isNotEmpty();
        assertThat(disagreementsSeenWhileCatchingUp).isEmpty();
    }

    @Test
    void aDeletedLedgerLineIsReported() {
        copy.as(DatabaseRoles.QUERY).update("DELETE FROM read_model.ledger_entry WHERE platform_id = ? AND entry_id = ?",
                LINE, "C-1");

        JsonNode report = run();
        assertThat(of(report, LINE)).as(report.toString()).containsExactlyInAnyOrder(
                tuple("BALANCE", "balances.ENTERPRISE.receivedCash", "0.00", "300000.00"),
                tuple("BALANCE", "balances.party[E1].receivedCash", "0.00", "300000.00"),
                tuple("LEDGER_LINE", "ledgerLine[4 C-1]", "absent",
                        "ENTERPRISE_CONTRIBUTION C-1 ENTERPRISE 300000.00 (event " + eventIdOf(LINE, 4) + ")"));
        assertThat(of(report, CLEAN)).isEmpty();
        assertThat(lagging(report)).isEmpty();
    }

    @Test
    void anEventTheStreamSkippedIsReported() {
        StreamingEventProcessor processor = copy.readModelProcessor();
        processor.shutdownAsync().join();
        String skipped;
        try {
            // a correctly shaped, chained event appended as the command side's role would: another COLLEGE installment
            StoredEventRow last = copy.rows(SKIP).get((int) HEAD);
            StoredEventRow event = new StoredEventRow(SKIP, HEAD + 1, UUID.randomUUID().toString(), last.type(),
                    last.timestamp(), last.payloadType(), last.payloadRevision(),
                    new String(last.payload(), StandardCharsets.UTF_8).replace("I-2", "I-3")
                            .getBytes(StandardCharsets.UTF_8), last.metaData(), null, null).chainedTo(last.eventHash());
            copy.as(DatabaseRoles.COMMAND).update("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                      type, time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.eventIdentifier(), SKIP, event.sequenceNumber(),
                    event.type(), event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(),
                    event.metaData(), event.previousHash(), event.eventHash());
            skipped = event.eventIdentifier();
            // ...which the stream then never delivers: every segment's token moved to just past it
            Map<String, Object> position = copy.as("postgres").queryForMap(
                    "SELECT tx_id::text AS tx, global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
                    skipped);
            SerializedObject<byte[]> token = JacksonSerializer.defaultSerializer().serialize(new XidIndexToken(
                    Long.parseLong((String) position.get("tx")), ((Number) position.get("global_index")).longValue()),
                    byte[].class);
            assertThat(copy.as(DatabaseRoles.QUERY).update(
                    "UPDATE read_model.token_entry SET token = ?, token_type = ? WHERE processor_name = ?",
                    token.getData(), token.getType().getName(), ReadModels.PROCESSING_GROUP)).isPositive();
        } finally {
            processor.start();
        }

        JsonNode report = run();
        assertThat(of(report, SKIP)).as(report.toString()).containsExactlyInAnyOrder(
                tuple("VERSION", "version", "7", "8"),
                tuple("PLATFORM_TOTAL", "totals.receivedCash", "770000.00", "790000.00"),
                tuple("BALANCE", "balances.COLLEGE.receivedCash", "20000.00", "40000.00"),
                tuple("LEDGER_LINE", "ledgerLine[8 I-3]", "absent",
                        "INSTALLMENT I-3 COLLEGE 20000.00 (event " + skipped + ")"));
        assertThat(programmeFigures(report)).contains("programme[APPROVED].received");
        assertThat(lagging(report)).as("passed by the processor: not lag").doesNotContain(SKIP);
        assertThat(of(report, CLEAN)).isEmpty();
    }

    @Test
    void aTruncatedTailIsReported() {
        // the platform's read model as it was two events ago (a restored backup, say) under today's token
        copy.as(DatabaseRoles.QUERY).execute("""
                DELETE FROM read_model.ledger_entry WHERE platform_id = 'RECON-TAIL' AND sequence_number > 5;
                UPDATE read_model.platform SET version = 5, received_cash = received_cash + 50000 - 20000,
                  provincial_received_cash = provincial_received_cash + 50000 WHERE platform_id = 'RECON-TAIL'""");

        JsonNode report = run();
        assertThat(of(report, TAIL)).as(report.toString()).containsExactlyInAnyOrder(
                tuple("VERSION", "version", "5", "7"),
                tuple("PLATFORM_TOTAL", "totals.receivedCash", "800000.00", "770000.00"),
                tuple("PLATFORM_TOTAL", "totals.provincialReceivedCash", "500000.00", "450000.00"),
                tuple("BALANCE", "balances.PROVINCIAL_FINANCE.receivedCash", "500000.00", "450000.00"),
                tuple("BALANCE", "balances.COLLEGE.receivedCash", "0.00", "20000.00"),
                tuple("LEDGER_LINE", "ledgerLine[6 K-1]", "absent",
                        "ADJUSTMENT K-1 PROVINCIAL_FINANCE 450000.00 (event " + eventIdOf(TAIL, 6) + ")"),
                tuple("LEDGER_LINE", "ledgerLine[7 I-2]", "absent",
                        "INSTALLMENT I-2 COLLEGE 20000.00 (event " + eventIdOf(TAIL, 7) + ")"));
        assertThat(lagging(report)).doesNotContain(TAIL);
        assertThat(of(report, CLEAN)).isEmpty();
    }

    @Test
    void changedAmountsAreReportedAlertedAndTheCopyStaysInRotation() {
        copy.as(DatabaseRoles.QUERY).execute("""
                UPDATE read_model.ledger_entry SET amount = amount + 0.01, received_cash = received_cash + 0.01
                  WHERE platform_id = 'RECON-AMOUNT' AND entry_id = 'I-1';
                UPDATE read_model.platform SET spent = spent + 1 WHERE platform_id = 'RECON-AMOUNT'""");

        JsonNode report = run();
        assertThat(of(report, AMOUNT)).as(report.toString()).containsExactlyInAnyOrder(
                tuple("LEDGER_LINE", "ledgerLine[3 I-1].amount", "500000.01", "500000.00"),
                tuple("LEDGER_LINE", "ledgerLine[3 I-1].receivedCash", "500000.01", "500000.00"),
                tuple("BALANCE", "balances.PROVINCIAL_FINANCE.receivedCash", "450000.01", "450000.00"),
                tuple("PLATFORM_TOTAL", "totals.spent", "100001.00", "100000.00"));
        assertThat(programmeFigures(report)).contains("programme[APPROVED].spent");
        assertThat(of(report, CLEAN)).isEmpty();
        assertThat(report.path("disagreementsByKind").path("LEDGER_LINE").asLong()).isGreaterThanOrEqualTo(2);

        // alerted: the metrics Prometheus rules watch, and the health component (details for administrators)...
        String scrape = expect(copy.scraper().get("/actuator/prometheus"), 200).body();
        assertThat(sample(scrape, "ledger_reconciliation_disagreements", "kind=\"ledger_line\"")).isGreaterThanOrEqualTo(2);
        assertThat(sample(scrape, "ledger_reconciliation_disagreements", "kind=\"platform_total\"")).isGreaterThanOrEqualTo(1);
        assertThat(sample(scrape, "ledger_reconciliation_last_run_timestamp_seconds", null)).isPositive();
        assertThat(sample(scrape, "ledger_reconciliation_interval_seconds", null)).isEqualTo(1.0);
        assertThat(scrape).as("no platform id in a tag").doesNotContain("RECON-");
        JsonNode health = copy.queries.as("admin1").get("/actuator/health").json();
        assertThat(health.path("components").path("reconciliation").path("status").asText()).isEqualTo("DOWN");
        assertThat(health.path("components").path("reconciliation").path("details").path("disagreements").asLong())
                .isPositive();
        // ...while the service stays ready: every instance shares the database, and a restart would repair nothing
        assertThat(copy.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void theScheduleWalksTheProgrammeTwoPlatformsAtATimeAndFindsTheSame() {
        // two whole scheduled passes after this test began: the second one saw only what is there now
        Map<String, JsonNode> runs = new java.util.LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode latest = expect(copy.queries.get("/api/v1/reconciliation/latest"), 200).json();
            if (latest.path("lastRun").path("trigger").asText().equals("SCHEDULE")) {
                runs.put(latest.path("lastRun").path("finishedAt").asText(), latest);
            }
            return runs.values().stream().filter(r -> r.path("lastRun").path("completedPass").asBoolean()).count() >= 2;
        });
        assertThat(runs.values()).allSatisfy(r ->
                assertThat(r.path("lastRun").path("platformsChecked").asInt()).isBetween(0, 2));
        assertThat(runs.values()).as("a pass of five platforms takes several runs")
                .anyMatch(r -> !r.path("lastRun").path("completedPass").asBoolean());
        JsonNode scheduled = runs.values().stream().filter(r -> r.path("lastRun").path("completedPass").asBoolean())
                .reduce((first, second) -> second).orElseThrow();
        assertThat(figures(scheduled)).isEqualTo(figures(run()));
    }

    /** Every disagreement of a report as "platform figure read events", values included. */
    private static Set<String> figures(JsonNode report) {
        Set<String> all = new TreeSet<>();
        report.path("disagreements").forEach(d -> all.add(d.path("platformId").asText("-") + " " + d.path("figure").asText()
                + " " + d.path("readModel").asText() + " " + d.path("fromEvents").asText()));
        return all;
    }

    /** One sample's value from a Prometheus text scrape; {@code labels} a fragment its labels contain. */
    private static double sample(String scrape, String name, String labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)}\\s+(\\S+)$").matcher(scrape);
        while (line.find()) {
            if (labels == null || line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no sample " + name + " {" + labels + "} in the scrape");
    }
}
