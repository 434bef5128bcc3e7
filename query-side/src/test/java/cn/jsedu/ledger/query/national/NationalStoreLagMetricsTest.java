package cn.jsedu.ledger.query.national;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ledger_national_store_lag_seconds{province}} (ADR 0009): per store, the time since a read of it last found
 * nothing more. Two stores behind {@link NationalEventSource}, whose reads the test decides (nothing more, events
 * waiting, or a database that does not answer), and a clock the test moves: no waiting on real time.
 */
class NationalStoreLagMetricsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final FakeStore jiangsu = new FakeStore();
    private final FakeStore anhui = new FakeStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final NationalEventSource national;
    private final BlockingStream<TrackedEventMessage<?>> stream;

    NationalStoreLagMetricsTest() {
        Map<String, StreamableMessageSource<TrackedEventMessage<?>>> stores = new LinkedHashMap<>();
        stores.put("jiangsu", jiangsu);
        stores.put("anhui", anhui);
        national = NationalEventSource.of(stores, Duration.ofSeconds(5), clock);
        NationalStoreLagMetrics.register(registry, national);
        stream = national.source().openStream(national.source().createTailToken());
    }

    @Test
    void aStoreReadToItsEndHasNoLagAndTheLagGrowsUntilItIsReadToItsEnd() throws InterruptedException {
        assertThat(lag("jiangsu")).as("made now").isZero();
        clock.move(Duration.ofSeconds(4));
        assertThat(lag("jiangsu")).as("not yet read to its end since the stream was made").isEqualTo(4.0);

        read();
        assertThat(lag("jiangsu")).isZero();
        assertThat(lag("anhui")).isZero();

        jiangsu.waiting = true;
        clock.move(Duration.ofSeconds(3));
        read();
        assertThat(lag("jiangsu")).as("events waiting: not caught up since 3 s ago").isEqualTo(3.0);
        // Axon's combined stream stops asking at the first store with events: while Jiangsu's wait, Anhui is not read,
        // so its new events (if any) would wait too — its figure says so
        assertThat(lag("anhui")).as("not asked while another store's events wait").isEqualTo(3.0);

        jiangsu.waiting = false;
        read();
        assertThat(lag("jiangsu")).isZero();
        assertThat(lag("anhui")).isZero();
    }

    @Test
    void aStoreThatIsDownGrowsItsOwnLagOnlyAndComesBackToZeroOnceReadAgain() throws InterruptedException {
        read();
        anhui.down = true;
        clock.move(Duration.ofSeconds(2));
        read();
        clock.move(Duration.ofSeconds(10));
        read();
        assertThat(lag("anhui")).as("since its last read to the end, before the outage").isEqualTo(12.0);
        assertThat(lag("jiangsu")).as("the other store is read on").isZero();
        assertThat(national.states().get(1).reachable()).isFalse();

        anhui.down = false;
        clock.move(Duration.ofSeconds(5));
        read();
        assertThat(lag("anhui")).isZero();
        assertThat(national.states().get(1).reachable()).isTrue();
    }

    @Test
    void oneGaugePerConfiguredStoreAndNoneForOthers() {
        assertThat(registry.find("ledger.national.store.lag").gauges()).hasSize(2);
        assertThat(registry.get("ledger.national.store.lag").tag("province", "anhui").gauge().getId().getBaseUnit())
                .isEqualTo("seconds");
        assertThatThrownBy(() -> national.lag("hubei")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * One read of the combined stream, as the processor makes when it asks for more: every store is asked (Axon's
     * combined stream asks none with a zero timeout, so one millisecond).
     */
    private void read() throws InterruptedException {
        stream.hasNextAvailable(1, TimeUnit.MILLISECONDS);
    }

    private double lag(String province) {
        return registry.get("ledger.national.store.lag").tag("province", province).gauge().value();
    }

    /** A store whose reads the test decides: nothing more (default), events waiting, or down. */
    private static final class FakeStore implements StreamableMessageSource<TrackedEventMessage<?>> {

        volatile boolean waiting;
        volatile boolean down;

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return Optional.empty();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    if (down) {
                        throw new IllegalStateException("connection refused");
                    }
                    return waiting;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    throw new UnsupportedOperationException("the test reads no events");
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }

        @Override
        public TrackingToken createHeadToken() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            return null;
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return null;
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
