package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.query.national.NationalViewProjection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per streaming processor: {@code ledger_projection_lag_seconds} and {@code ledger_projection_behind_events}
 * (see {@link ProjectionLag}), computed when Prometheus scrapes. Both gauges of a processor share one sample taken
 * at most once a second, so a scrape costs one pair of small queries per processor. A failed sample (database
 * down) reads NaN: Prometheus then has no value rather than a reassuring zero.
 */
@Component
public class ProjectionLagMetrics {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMetrics.class);
    private static final Duration REUSE = Duration.ofSeconds(1);

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final ProjectionLag lag;
    private final Clock clock;
    private final Map<String, Taken> samples = new ConcurrentHashMap<>();

    private record Taken(Instant at, ProjectionLag.Sample sample) {
    }

    public ProjectionLagMetrics(MeterRegistry registry, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                TokenSchema tokenSchema, Clock clock,
                                ObservabilitySettings settings) {
        this.registry = registry;
        this.processing = processing;
        this.clock = clock;
        this.lag = new ProjectionLag(jdbc, tokenSchema, clock, settings.lagCountCap());
    }

    /** Processors exist once Axon has started; their names are fixed by the code, so the tags stay bounded. */
    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            // the national view's position is one per provincial store, not in this side's store (ADR 0009)
            if (processor instanceof StreamingEventProcessor && !name.equals(NationalViewProjection.PROCESSING_GROUP)) {
                Gauge.builder("ledger.projection.lag", () -> sample(name).lagSeconds()).baseUnit("seconds")
                        .description("Age of the oldest stored event this processor has not applied yet (0 when caught up)")
                        .tag("processor", name).strongReference(true).register(registry);
                Gauge.builder("ledger.projection.behind", () -> sample(name).behind()).baseUnit("events")
                        .description("Stored events this processor has not applied yet (counted up to the cap)")
                        .tag("processor", name).strongReference(true).register(registry);
            }
        });
    }

    private ProjectionLag.Sample sample(String processor) {
        Instant now = clock.instant();
        return samples.compute(processor, (name, previous) -> {
            if (previous != null && previous.at().plus(REUSE).isAfter(now)) {
                return previous;
            }
            try {
                return new Taken(now, lag.sample(name));
            } catch (RuntimeException e) {
                log.warn("cannot measure the lag of processor {}: {}", name, e.toString());
                return new Taken(now, ProjectionLag.Sample.UNKNOWN);
            }
        }).sample();
    }
}
