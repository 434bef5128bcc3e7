package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.query.config.ProcessorSettings;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** Added to the query side by the bench for S9 and PEER.stock only (BENCHMARKS.md); never part of the product. */
@Configuration(proxyBeanMethods = false)
public class StockEventSourceConfig {

    /**
     * The query side's processors read Axon's own JdbcEventStorageEngine stream over the same table instead of the
     * product's never-skip source (global-index order, GapAwareTrackingToken: the design that skips late commits,
     * #4829, ADR 0003), so the bench can measure what the never-skip read bound costs; the token store and the
     * handlers are the product's. {@code @Primary}: the query side's processors take it over its own source.
     */
    @Bean
    @Primary
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
}
