package cn.jsedu.ledger.query.replica;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ledger_replication_lag_seconds} and {@code ledger_replication_behind_bytes} (see {@link ReplicationLag}),
 * sampled when Prometheus scrapes, at most once a second for both. A failed sample reads NaN, never a reassuring 0.
 * The projection lag gauges ({@code ledger_projection_lag_seconds}) still measure against the primary's event
 * store, so with a standby they include replication: what a reader waits for.
 */
final class ReplicationLagMetrics {

    private static final Logger log = LoggerFactory.getLogger(ReplicationLagMetrics.class);
    private static final Duration REUSE = Duration.ofSeconds(1);

    private record Taken(Instant at, ReplicationLag.Sample sample) {
    }

    private final ReplicationLag lag;
    private final Clock clock;
    private final AtomicReference<Taken> last = new AtomicReference<>();

    ReplicationLagMetrics(ReplicationLag lag, Clock clock, MeterRegistry registry) {
        this.lag = lag;
        this.clock = clock;
        Gauge.builder("ledger.replication.lag", () -> sample().seconds()).baseUnit("seconds")
                .description("Age of the last transaction the event-source standby replayed, 0 when it replayed all it received")
                .strongReference(true).register(registry);
        Gauge.builder("ledger.replication.behind", () -> sample().bytes()).baseUnit("bytes")
                .description("WAL written by the primary and not yet replayed by the event-source standby")
                .strongReference(true).register(registry);
    }

    private synchronized ReplicationLag.Sample sample() {
        Instant now = clock.instant();
        Taken previous = last.get();
        if (previous != null && previous.at().plus(REUSE).isAfter(now)) {
            return previous.sample();
        }
        ReplicationLag.Sample sample;
        try {
            sample = lag.sample();
        } catch (RuntimeException e) {
            log.warn("cannot measure the event source's replication lag: {}", e.toString());
            sample = ReplicationLag.Sample.UNKNOWN;
        }
        last.set(new Taken(now, sample));
        return sample;
    }
}
