package cn.jsedu.ledger.query.config;

import cn.jsedu.ledger.query.eventstream.WakeableEventSource;
import cn.jsedu.ledger.query.eventstream.XidOrderedEventSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Every processing group of the query side is a pooled streaming processor on {@link XidOrderedEventSource}.
 * Nothing names a group here: any {@code @ProcessingGroup} event handler component anywhere in the application
 * gets this by default (a group can still be configured differently under {@code axon.eventhandling.processors}).
 *
 * <p>Exactly once: each batch runs in one Spring transaction (Axon's SpringTransactionManager over the
 * DataSourceTransactionManager, both auto-configured); the token store writes through the same connection
 * (Axon's SpringDataSourceConnectionProvider) and so does a handler's JdbcTemplate. The read-model rows and the
 * token commit together or not at all, and storing a token whose claim another node has taken fails the batch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProcessorSettings.class, TokenStoreProperties.class})
public class ProcessingConfig {

    private static final String WAKE_AFTER_COMMIT = ProcessingConfig.class.getName() + ".wakeAfterCommit";

    /** Our table and column names, in schema read_model; see V1__token_store.sql. */
    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("read_model.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Tokens get a serializer of their own, Axon's default Jackson one: stored tokens must stay readable whatever
     * is later done to the web API's ObjectMapper or to the general serializer.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, TokenSchema tokenSchema,
                                 TokenStoreProperties tokenStoreProperties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(JacksonSerializer.defaultSerializer())
                .contentType(byte[].class)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .build();
    }

    @Bean
    public ConfigurerModule pooledProcessorsOnXidOrderedSource(
            ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source, ProcessorSettings settings,
            EventStreamConfig.StreamWakeUp wakeUp) {
        return configurer -> configurer.eventProcessing()
                // Resolved when processors are built (Axon start), so the source bean may depend on Axon's config.
                // The product defines one source, the XidOrderedEventSource; the bench adds a @Primary one to
                // measure Axon's own stream against it (BENCHMARKS.md, S9).
                .configureDefaultStreamableMessageSource(axon -> source.getObject())
                .usingPooledStreamingEventProcessors(pooledSettings(settings))
                // A failing handler fails its batch: rolled back and retried, never logged and skipped.
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((axon, name) -> wakeStreamsAfterCommit(wakeUp));
    }

    /**
     * A batch's transaction holds the stream's read bound back while it runs (ADR 0003), and its commit notifies
     * nobody: events committed meanwhile by the command side became readable only when it ended. So the streams
     * look again once it has committed, rather than at their next poll.
     */
    private static MessageHandlerInterceptor<EventMessage<?>> wakeStreamsAfterCommit(WakeableEventSource wakeUp) {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            root.getOrComputeResource(WAKE_AFTER_COMMIT, key -> {
                root.afterCommit(u -> wakeUp.wakeUp());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }

    private static PooledStreamingProcessorConfiguration pooledSettings(ProcessorSettings settings) {
        return (axon, builder) -> {
            String name = builder.name();
            ScheduledExecutorService workers = Executors.newScheduledThreadPool(settings.threadCount(),
                    new AxonThreadFactory("WorkPackage[" + name + "]"));
            axon.onShutdown(workers::shutdown);
            return builder.batchSize(settings.batchSize())
                    .initialSegmentCount(settings.segments())
                    .maxClaimedSegments(settings.maxClaimedSegments() > 0 ? settings.maxClaimedSegments() : Short.MAX_VALUE)
                    .tokenClaimInterval(settings.tokenClaimInterval().toMillis())
                    .workerExecutor(workers)
                    // Large batches can outlast a claim; the coordinator keeps the claims alive meanwhile (#2785).
                    .enableCoordinatorClaimExtension();
        };
    }
}
