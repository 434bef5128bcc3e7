package cn.jsedu.ledger.query.national;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.MultiStreamableMessageSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of several provincial stores as one stream (ADR 0009): Axon's {@link MultiStreamableMessageSource} over
 * each store's own never-skip source ({@code XidOrderedEventSource}), so each store keeps its own read bound and its
 * own position inside Axon's {@code MultiSourceTrackingToken} — an old open transaction in one province holds back only
 * that province's events. A store whose database is down delays only its own events ({@link ProvincialStream}), and
 * {@link #states()} says, per province, how current its figures are.
 *
 * <p>The national view's processor ({@link NationalViewConfig}) reads it; every event it delivers names its store in
 * the metadata ({@link #PROVINCE}), which keys the national read model's rows.
 */
public final class NationalEventSource {

    /** The metadata key of the province (the store's name) on every event of the combined stream. */
    public static final String PROVINCE = "nationalProvince";

    private final MultiStreamableMessageSource source;
    private final List<StoreHealth> stores;
    private final Clock clock;

    private NationalEventSource(MultiStreamableMessageSource source, List<StoreHealth> stores, Clock clock) {
        this.source = source;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * {@code stores}: province to that store's source, in a stable order (its names are the keys of the tokens, so they
     * must not change once a processor has stored one). {@code retry}: how often a store that is down is tried again;
     * its database pool's connection timeout should be shorter, or a store that does not answer delays the others by
     * that much at each try.
     */
    public static NationalEventSource of(Map<String, StreamableMessageSource<TrackedEventMessage<?>>> stores,
                                         Duration retry, Clock clock) {
        MultiStreamableMessageSource.Builder builder = MultiStreamableMessageSource.builder();
        List<StoreHealth> health = new java.util.ArrayList<>();
        new LinkedHashMap<>(stores).forEach((province, store) -> {
            StoreHealth h = new StoreHealth(province, clock.instant());
            health.add(h);
            builder.addMessageSource(province, new ProvincialSource(store, h, retry, clock));
        });
        return new NationalEventSource(builder.build(), List.copyOf(health), clock);
    }

    /** The combined source, for a streaming processor. */
    public StreamableMessageSource<TrackedEventMessage<?>> source() {
        return source;
    }

    public List<StoreState> states() {
        return stores.stream().map(StoreHealth::state).toList();
    }

    /** The configured provinces, in the configured order. */
    public List<String> provinces() {
        return stores.stream().map(StoreHealth::province).toList();
    }

    /**
     * How far behind its store a province's events may be now: the time since a read of its store last found nothing
     * more to deliver (ADR 0009: {@code ledger_national_store_lag_seconds}).
     *
     * @throws IllegalArgumentException for a province that is not configured
     */
    public Duration lag(String province) {
        return stores.stream().filter(s -> s.province().equals(province)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no store " + province)).lag(clock.instant());
    }

    /** A store's source whose streams tolerate its outages. */
    private record ProvincialSource(StreamableMessageSource<TrackedEventMessage<?>> store, StoreHealth health,
                                    Duration retry, Clock clock) implements StreamableMessageSource<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new ProvincialStream(store.openStream(trackingToken), store::createHeadToken, health, retry, clock);
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return store.createTokenAt(dateTime);
        }
    }
}
