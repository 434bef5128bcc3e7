package cn.jsedu.ledger.query.config;

import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the query side's events come from: the event store's table, read with plain JDBC in (tx_id, global_index)
 * order, never through an Axon event store, and deserialised by the command side's own event serializer (the
 * {@code eventSerializer} bean of service-support's {@code LedgerJsonAutoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class EventStreamConfig {

    /**
     * A local bus only. Defining it keeps Axon's JdbcAutoConfiguration from creating a JdbcEventStorageEngine and
     * an EmbeddedEventStore here: the query side's database role may only SELECT from the event tables, and Axon's
     * own global-index stream can skip late commits (#4829).
     */
    @Bean
    public EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }

    /** Upcasters registered with Axon (EventUpcaster beans) apply to the stream as they would to Axon's store. */
    @Bean
    public XidOrderedEventSource xidOrderedEventSource(DataSource dataSource,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      org.axonframework.config.Configuration axon,
                                                      ProcessorSettings settings) {
        return new XidOrderedEventSource(dataSource, eventSerializer, axon.upcasterChain(), settings.fetchSize(),
                settings.pollInterval());
    }

    @Bean
    public EventStoreReader eventStoreReader(JdbcTemplate jdbcTemplate,
                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                             org.axonframework.config.Configuration axon) {
        return new EventStoreReader(jdbcTemplate, eventSerializer, axon.upcasterChain());
    }

    /**
     * MEASUREMENT SWITCH, NEVER FOR PRODUCTION (BENCHMARKS.md, S9): with {@code ledger.processors.source=stock} the
     * processors read Axon's own JdbcEventStorageEngine stream over the same table instead (global-index order,
     * GapAwareTrackingToken), the design that skips late commits (#4829, ADR 0003). It exists only so the bench can
     * measure what the never-skip read bound costs against it; the token store and handlers are unchanged.
     */
    @Bean
    @ConditionalOnProperty(name = "ledger.processors.source", havingValue = "stock")
    public StockEventSource stockEventSource(@Qualifier("eventSerializer") Serializer eventSerializer,
                                             org.axonframework.config.Configuration axon,
                                             ConnectionProvider connectionProvider,
                                             TransactionManager transactionManager, DataSource dataSource,
                                             ProcessorSettings settings) {
        EventSchema schema = EventSchema.builder().eventTable("event_store.domain_event_entry")
                .snapshotTable("event_store.snapshot_event_entry").globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type").timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data").build();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder().eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer).upcasterChain(axon.upcasterChain())
                .connectionProvider(connectionProvider).transactionManager(transactionManager).schema(schema)
                .dataType(byte[].class).batchSize(settings.fetchSize()).build();
        return new StockEventSource(engine, new JdbcTemplate(dataSource), settings.pollInterval());
    }

    /**
     * Axon's global-index stream, polled like {@link XidOrderedEventSource} (every poll interval when idle, with
     * the availability callback the pooled processor needs), so S9 compares the read bound and nothing else.
     */
    public static final class StockEventSource implements StreamableMessageSource<TrackedEventMessage<?>>,
            AutoCloseable {

        private final JdbcEventStorageEngine engine;
        private final JdbcTemplate jdbc;
        private final long pollNanos;
        private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stock-event-stream-probe");
            thread.setDaemon(true);
            return thread;
        });

        StockEventSource(JdbcEventStorageEngine engine, JdbcTemplate jdbc, Duration pollInterval) {
            this.engine = engine;
            this.jdbc = jdbc;
            this.pollNanos = pollInterval.toNanos();
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new Polled(WrappedToken.unwrapLowerBound(trackingToken));
        }

        @Override
        public TrackingToken createTailToken() {
            return engine.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return engine.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return engine.createTokenAt(dateTime);
        }

        @Override
        public void close() {
            prober.shutdownNow();
        }

        private final class Polled implements BlockingStream<TrackedEventMessage<?>> {
            private TrackingToken last;
            private Stream<? extends TrackedEventMessage<?>> current;
            private Iterator<? extends TrackedEventMessage<?>> iterator;
            private TrackedEventMessage<?> peeked;
            private volatile long nextFetchAt = System.nanoTime();
            private volatile boolean idle;
            private volatile boolean closed;
            private ScheduledFuture<?> probe;

            Polled(TrackingToken start) {
                this.last = start;
            }

            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return Optional.ofNullable(peeked);
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                long deadline = System.nanoTime() + unit.toNanos(timeout);
                while (peeked == null && !closed) {
                    if (iterator != null && iterator.hasNext()) {
                        peeked = iterator.next();
                        break;
                    }
                    long now = System.nanoTime();
                    if (now - nextFetchAt >= 0) {
                        closeCurrent();
                        current = engine.readEvents(last, false);
                        iterator = current.iterator();
                        nextFetchAt = iterator.hasNext() ? now : now + pollNanos;
                        continue;
                    }
                    long wait = Math.min(nextFetchAt - now, deadline - now);
                    if (wait <= 0) {
                        idle = true;
                        return false;
                    }
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                idle = false;
                return peeked != null;
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                while (!hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(pollNanos) + 1, TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        throw new IllegalStateException("The event stream is closed");
                    }
                }
                TrackedEventMessage<?> next = peeked;
                peeked = null;
                last = next.trackingToken();
                return next;
            }

            @Override
            public synchronized boolean setOnAvailableCallback(Runnable callback) {
                if (probe == null && !closed) {
                    probe = prober.scheduleWithFixedDelay(() -> {
                        if (!closed && idle && anyAfter()) {
                            idle = false;
                            nextFetchAt = System.nanoTime();
                            callback.run();
                        }
                    }, pollNanos, pollNanos, TimeUnit.NANOSECONDS);
                }
                return true;
            }

            private boolean anyAfter() {
                long index = last instanceof GapAwareTrackingToken gap ? gap.getIndex() : -1;
                try {
                    // ordered so that a generic plan still uses the index (see EventRows.ANY_AFTER)
                    return !jdbc.queryForList("SELECT 1 FROM event_store.domain_event_entry WHERE global_index > ? "
                            + "ORDER BY global_index LIMIT 1", Integer.class, index).isEmpty();
                } catch (RuntimeException e) {
                    return false;
                }
            }

            private void closeCurrent() {
                if (current != null) {
                    current.close();
                    current = null;
                    iterator = null;
                }
            }

            @Override
            public synchronized void close() {
                closed = true;
                if (probe != null) {
                    probe.cancel(false);
                }
                closeCurrent();
            }
        }
    }
}
