package cn.jsedu.ledger.command.config;

import cn.jsedu.ledger.command.registry.CollegeRegistryProjector;
import cn.jsedu.ledger.command.signing.AppendSigner;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Axon on PostgreSQL: the JDBC event store with our schema, cache, snapshots and metadata. The event serializer (one
 * JSON shape for events, commands and snapshots) is service-support's, shared with the query side.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /** Our table and column names (snake_case, in schema event_store); see V1__event_store.sql. */
    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("event_store.domain_event_entry")
                .snapshotTable("event_store.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Connections of the event store are the Spring transaction's, nothing else: Axon's default wraps them in a
     * provider that also commits and rolls back the connection from the unit of work in which it was first taken,
     * which in a batch of commands (group commit) would be one nested command's unit of work, not the batch's.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema,
                                                 AppendSigner appendSigner, ChainHeads chainHeads,
                                                 AxonTuning tuning) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                // Every event is hash-chained to its aggregate's previous one as it is appended, and what each
                // transaction appended to a platform is signed with a key the database never holds (ADR 0010).
                .appendEvents(new ChainedAppendEvents(appendSigner, chainHeads))
                .batchSize(tuning.eventBatchSize())
                .build();
    }

    /**
     * Aggregates stay in memory between commands, at most {@code size} of them (CaffeineAggregateCache). Safe with
     * several instances: an entry made stale by another instance fails its append on the unique (aggregate,
     * sequence) key, is evicted on rollback, and the command is retried on fresh state; a refusal is confirmed on
     * fresh state too (ADR 0005).
     */
    @Bean
    public Cache platformCache(AxonTuning tuning) {
        return tuning.aggregateCache() ? new CaffeineAggregateCache(tuning.aggregateCacheSize()) : NoCache.INSTANCE;
    }

    /** The last hash of each platform, kept as long as a platform stays in the aggregate cache would. */
    @Bean
    public ChainHeads chainHeads(AxonTuning tuning) {
        return new ChainHeads(tuning.aggregateCache() ? tuning.aggregateCacheSize() : 0);
    }

    /**
     * Snapshots are taken on a thread of their own (ADR 0008): Axon's default takes them in the thread that committed
     * the command, while the platform's next commands wait. One at a time per platform (Axon's snapshotter keeps a
     * set of those in progress), so the queue holds at most one task per platform.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory,
                                                           SnapshotThread snapshotThread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotThread.executor())
                .build();
    }

    /** Not an Executor bean: Spring Boot would then leave out its own application task executor. */
    @Bean
    public SnapshotThread snapshotThread() {
        return new SnapshotThread(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "aggregate-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /** The snapshotter's thread; stopped with the application (a snapshot not taken is taken at a later trigger). */
    public record SnapshotThread(ExecutorService executor) implements AutoCloseable {

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    /** A snapshot every {@code threshold} events; 0 turns snapshots off (for measurements against stock Axon). */
    @Bean
    public SnapshotTriggerDefinition platformSnapshotTrigger(Snapshotter snapshotter, AxonTuning tuning) {
        int threshold = tuning.snapshotThreshold();
        return threshold > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, threshold)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }

    /**
     * Who, in which role, why and for which request: copied from each command to the events it causes. It
     * replaces Axon's MessageOriginProvider, which would overwrite the request's correlation id with the
     * command message's id.
     */
    @Bean
    public CorrelationDataProvider ledgerMetadataProvider() {
        return new SimpleCorrelationDataProvider(EventMetadataKeys.USER, EventMetadataKeys.ROLE,
                EventMetadataKeys.COLLEGE, EventMetadataKeys.CLIENT_ADDRESS, EventMetadataKeys.REASON,
                EventMetadataKeys.DECISION_REF, EventMetadataKeys.IDEMPOTENCY_KEY, EventMetadataKeys.CORRELATION_ID,
                EventMetadataKeys.CLIENT_CORRELATION_ID);
    }

    /** The college registry runs in the command's transaction and its failures roll the command back. */
    @Bean
    public ConfigurerModule collegeRegistryProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CollegeRegistryProjector.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(CollegeRegistryProjector.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}
