package cn.jsedu.ledger.system.reconciliation;

import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On the ledger every system test shares, honest from end to end: reconciliation finds no disagreement, whatever the
 * other tests recorded, while commands keep arriving, and while the read-model processor is stopped with events
 * waiting — those platforms are lagging, reported apart, and no longer once it has caught up.
 */
class ReconciliationLagIT {

    private final LedgerSystem ledger = LedgerSystem.get();
    private final Commands commands = new Commands(ledger.commands);

    private JsonNode run() {
        return expect(ledger.queries.post("/api/v1/reconciliation", ""), 200).json();
    }

    private static JsonNode lagging(JsonNode report, String platform) {
        for (JsonNode l : report.path("lagging")) {
            if (platform.equals(l.path("platformId").asText())) {
                return l;
            }
        }
        return null;
    }

    @Test
    void aStoppedProcessorLeavesPlatformsLaggingNotDisagreeing() {
        commands.approvedPlatform("RECON-LAG-1", "8740000001");
        long applied = commands.installment("RECON-LAG-1", "I-1", "COLLEGE", "100.00", "2020-04-01");
        expect(ledger.queries.get("/api/v1/platforms/RECON-LAG-1?minVersion=" + applied), 200);
        StreamingEventProcessor processor = ledger.querySide.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().join();
        long stored;
        long declared;
        JsonNode whileStopped;
        try {
            stored = commands.installment("RECON-LAG-1", "I-2", "COLLEGE", "200.00", "2020-04-02");
            declared = commands.approvedPlatform("RECON-LAG-2", "8740000002");
            whileStopped = run();
        } finally {
            processor.start();
        }
        assertThat(whileStopped.path("disagreementCount").asLong()).as(whileStopped.toString()).isZero();
        JsonNode behind = lagging(whileStopped, "RECON-LAG-1");
        assertThat(behind).as(whileStopped.toString()).isNotNull();
        assertThat(behind.path("readModelVersion").asLong()).isEqualTo(applied);
        assertThat(behind.path("storeVersion").asLong()).isEqualTo(stored);
        JsonNode unseen = lagging(whileStopped, "RECON-LAG-2");
        assertThat(unseen).as("declared while stopped: no row yet").isNotNull();
        assertThat(unseen.has("readModelVersion")).isFalse();
        assertThat(unseen.path("storeVersion").asLong()).isEqualTo(declared);

        expect(ledger.queries.get("/api/v1/platforms/RECON-LAG-2?minVersion=" + declared), 200);
        expect(ledger.queries.get("/api/v1/platforms/RECON-LAG-1?minVersion=" + stored), 200);
        JsonNode caughtUp = run();
        assertThat(caughtUp.path("disagreementCount").asLong()).as(caughtUp.toString()).isZero();
        assertThat(lagging(caughtUp, "RECON-LAG-1")).isNull();
        assertThat(lagging(caughtUp, "RECON-LAG-2")).isNull();
    }

    @Test
    void aCleanLedgerAgreesWhileCommandsKeepArriving() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger recorded = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            work.add(writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String platform = "RECON-BUSY-" + writer + "-" + n;
                    commands.approvedPlatform(platform, "875%d%06d".formatted(writer, n));
                    for (int i = 0; i < 5 && writing.get(); i++) {
                        commands.installment(platform, "I-" + i, "COLLEGE", "1" + i + ".00", "2020-04-0" + (i + 1));
                        recorded.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        List<JsonNode> reports = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> recorded.get() >= 5);
            for (int i = 0; i < 3; i++) {
                int before = recorded.get();
                reports.add(run());
                await().atMost(Duration.ofSeconds(30)).until(() -> recorded.get() > before);
            }
        } finally {
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> f : work) {
            f.get();
        }
        assertThat(reports).allSatisfy(report ->
                assertThat(report.path("disagreementCount").asLong()).as(report.toString()).isZero());
        // once the writers have stopped and the processor has caught up, nothing lags either
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode settled = run();
            assertThat(settled.path("disagreementCount").asLong()).as(settled.toString()).isZero();
            assertThat(settled.path("lagging")).as(settled.toString()).isEmpty();
        });
    }
}
