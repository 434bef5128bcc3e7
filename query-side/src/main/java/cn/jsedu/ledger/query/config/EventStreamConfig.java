package cn.jsedu.ledger.query.config;

import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

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
}
