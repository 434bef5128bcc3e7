package cn.jsedu.ledger.support.json;

import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * One event serializer for both sides: the command side writes events, commands and snapshots with it, the query
 * side reads the same JSON shape ({@link LedgerJson}) with the same revisions ({@code @Revision}). Registered before
 * Axon's own configuration, which then only adds its general serializer.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class LedgerJsonAutoConfiguration {

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder().objectMapper(LedgerJson.eventMapper()).revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return eventSerializer;
    }
}
