package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.config.ProcessorSettings;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The national view (ADR 0009), only when provincial stores are configured ({@link NationalStoresConfigured}): one
 * tracking processor, {@value NationalViewProjection#PROCESSING_GROUP}, on the {@link NationalEventSource} over every
 * store, with one token (Axon's multi-source token, one position per store) in this side's token store, and one
 * thread: a single segment, since a multi-source token cannot be split by platform. Its batches commit with their
 * token, as the provincial processors' do (ProcessingConfig), so each event is applied once.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NationalStoresConfigured.class)
public class NationalViewConfig {

    @Bean(destroyMethod = "close")
    NationalStores nationalStores(NationalSettings settings, @Qualifier("eventSerializer") Serializer eventSerializer,
                                  org.axonframework.config.Configuration axon, ProcessorSettings processors) {
        return new NationalStores(settings, eventSerializer, axon.upcasterChain(), processors.fetchSize(),
                processors.pollInterval());
    }

    @Bean
    public NationalEventSource nationalEventSource(NationalStores stores, NationalSettings settings, Clock clock,
                                                   MeterRegistry registry) {
        NationalEventSource national = NationalEventSource.of(stores.sources(), settings.retry(), clock);
        NationalStoreLagMetrics.register(registry, national);
        return national;
    }

    @Bean
    public NationalQueries nationalQueries(JdbcTemplate jdbc, NationalEventSource national,
                                           ProgrammeParameters parameters) {
        return new NationalQueries(jdbc, national, parameters);
    }

    @Bean
    NationalViewProjection nationalViewProjection(ReadModelWriter writer, JdbcTemplate jdbc) {
        return new NationalViewProjection(writer, new ProvinceProgress(jdbc));
    }

    @Bean
    ConfigurerModule nationalViewProcessor(ObjectProvider<NationalEventSource> national, NationalSettings settings) {
        // resolved when the processor is built (Axon start): the stores' sources need Axon's upcasters
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                NationalViewProjection.PROCESSING_GROUP, axon -> national.getObject().source(),
                // from every store's tail, asked of no database (Axon's default asks each store for its head first,
                // so one store down would hold the first start), and not marked as a replay: it is the first pass
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(settings.batchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }
}
