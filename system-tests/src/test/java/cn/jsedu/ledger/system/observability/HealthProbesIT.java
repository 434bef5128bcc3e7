package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness means "can serve": the database and the event processors. With the read-models processor stopped the
 * query side is not ready (503, component eventProcessors DOWN, the reason for administrators only) while it stays
 * alive, and the lag metrics show the events it is missing; started again, it is ready and caught up.
 */
class HealthProbesIT {

    private static LedgerSystem ledger;
    private static Api probe;
    private static Api scraper;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
        probe = Services.anonymousQueries(ledger);
        scraper = Services.scraper(ledger.querySide);
    }

    @Test
    void bothSidesAreReadyWithTheDatabaseAndTheirProcessors() {
        for (Api side : new Api[] {ledger.commands, probe}) {
            Api.Response readiness = side.get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
            assertThat(readiness.json().path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(readiness.json().path("components").path("eventProcessors").path("status").asText())
                    .isEqualTo("UP");
            Api.Response liveness = side.get("/actuator/health/liveness");
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(liveness.json().path("components").has("db")).as("liveness never depends on the database")
                    .isFalse();
        }
    }

    @Test
    void aStoppedReadModelProcessorMakesTheQuerySideNotReady() {
        StreamingEventProcessor processor = ledger.querySide.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().join();
        try {
            new Commands(ledger.commands).approvedPlatform("OBS-HEALTH-1", "8800000002");

            Api.Response readiness = probe.get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
            assertThat(readiness.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(readiness.json().path("components").path("eventProcessors").path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(readiness.json().path("components").path("eventProcessors").has("details"))
                    .as("no details for anonymous callers").isFalse();
            JsonNode details = ledger.commands.as("admin1").get("/actuator/health").json();
            assertThat(new Api(Services.port(ledger.querySide)).as("admin1").get("/actuator/health/readiness").json()
                    .path("components").path("eventProcessors").path("details").path(ReadModels.PROCESSING_GROUP)
                    .path("running").asBoolean(true)).isFalse();
            assertThat(details.path("status").asText()).as("the command side is not affected").isEqualTo("UP");
            assertThat(probe.get("/actuator/health/liveness").status()).isEqualTo(200);

            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                Scrape scrape = Scrape.of(scraper);
                assertThat(scrape.sum("ledger_projection_behind_events", "processor", ReadModels.PROCESSING_GROUP))
                        .isGreaterThanOrEqualTo(3);
                assertThat(scrape.sum("ledger_projection_lag_seconds", "processor", ReadModels.PROCESSING_GROUP))
                        .isGreaterThan(0);
            });
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);
            Scrape scrape = Scrape.of(scraper);
            assertThat(scrape.sum("ledger_projection_behind_events", "processor", ReadModels.PROCESSING_GROUP)).isZero();
            assertThat(scrape.sum("ledger_projection_lag_seconds", "processor", ReadModels.PROCESSING_GROUP)).isZero();
        });
    }
}
