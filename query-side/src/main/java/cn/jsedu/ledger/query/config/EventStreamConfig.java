package cn.jsedu.ledger.query.config;

import cn.jsedu.ledger.query.eventstream.CommitNotifications;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.eventstream.WakeableEventSource;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import cn.jsedu.ledger.query.replica.EventSourceDatabase;
import cn.jsedu.ledger.support.eventstore.EventCommitChannel;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

/**
 * Where the query side's events come from: the event store's table, read with plain JDBC in (tx_id, global_index)
 * order, never through an Axon event store, and deserialised by the command side's own event serializer (the
 * {@code eventSerializer} bean of service-support's {@code LedgerJsonAutoConfiguration}); and what wakes its
 * streams: the command side's commit notifications.
 */
@Configuration(proxyBeanMethods = false)
public class EventStreamConfig {

    /** Shown in pg_stat_activity, so an operator (or a test) can find the listener's backend. */
    public static final String LISTENER_APPLICATION_NAME = "ledger-commit-listener";

    /**
     * A local bus only. Defining it keeps Axon's JdbcAutoConfiguration from creating a JdbcEventStorageEngine and
     * an EmbeddedEventStore here: the query side's database role may only SELECT from the event tables, and Axon's
     * own global-index stream can skip late commits (#4829).
     */
    @Bean
    public EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }

    /**
     * Upcasters registered with Axon (EventUpcaster beans) apply to the stream as they would to Axon's store. The
     * stream reads a standby when one is configured ({@code ledger.event-source.url}, ADR 0009), else this side's
     * own database.
     */
    @Bean
    public XidOrderedEventSource xidOrderedEventSource(DataSource dataSource,
                                                      ObjectProvider<EventSourceDatabase> standby,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      org.axonframework.config.Configuration axon,
                                                      ProcessorSettings settings) {
        EventSourceDatabase eventSource = standby.getIfAvailable();
        return new XidOrderedEventSource(eventSource == null ? dataSource : eventSource.dataSource(), eventSerializer,
                axon.upcasterChain(), settings.fetchSize(), settings.pollInterval());
    }

    @Bean
    public EventStoreReader eventStoreReader(JdbcTemplate jdbcTemplate,
                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                             org.axonframework.config.Configuration axon) {
        return new EventStoreReader(jdbcTemplate, eventSerializer, axon.upcasterChain());
    }

    /**
     * The processors' source (the product's {@link XidOrderedEventSource}; the bench's stock one when it adds it),
     * woken by this side's commit listener and by its processors' own commits ({@link ProcessingConfig}).
     */
    @Bean
    public StreamWakeUp streamWakeUp(ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source) {
        return new StreamWakeUp(source);
    }

    /**
     * {@code LISTEN ledger_events} on a connection of its own, outside the pool (LISTEN is the session's state, and
     * the connection is held for good), opened with the pool's own settings.
     */
    @Bean
    public DirectConnections directConnections(DataSource dataSource) {
        return new DirectConnections(dataSource);
    }

    /**
     * {@code LISTEN ledger_events} on a connection of its own, outside the pool (LISTEN is the session's state, and
     * the connection is held for good), opened with the pool's own settings.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "ledger.processors.listen-for-commits", havingValue = "true", matchIfMissing = true)
    public CommitNotifications commitNotifications(DirectConnections connections, StreamWakeUp wakeUp) {
        return new CommitNotifications(() -> connections.open(Map.of("ApplicationName", LISTENER_APPLICATION_NAME)),
                EventCommitChannel.NAME, wakeUp::wakeUp, Duration.ofSeconds(1), Duration.ofSeconds(5)).start();
    }

    /**
     * Wakes the processors' source, if it can be woken. Resolved once every singleton exists: a wake-up from the
     * listener's thread must never create beans while the context is still being refreshed; until then wake-ups
     * are dropped (nothing streams yet, and the streams poll anyway).
     */
    public static final class StreamWakeUp implements WakeableEventSource, SmartInitializingSingleton {

        private final ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source;
        private volatile WakeableEventSource target = () -> { };

        StreamWakeUp(ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source) {
            this.source = source;
        }

        @Override
        public void afterSingletonsInstantiated() {
            if (source.getIfAvailable() instanceof WakeableEventSource wakeable) {
                target = wakeable;
            }
        }

        @Override
        public void wakeUp() {
            target.wakeUp();
        }
    }
}
