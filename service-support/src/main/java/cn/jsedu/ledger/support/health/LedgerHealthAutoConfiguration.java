package cn.jsedu.ledger.support.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** The {@code eventProcessors} health component of both sides, wherever Axon runs event processors. */
@AutoConfiguration(after = {AxonAutoConfiguration.class, EventProcessingAutoConfiguration.class})
@ConditionalOnBean(EventProcessingConfiguration.class)
@ConditionalOnEnabledHealthIndicator("eventProcessors")
public class LedgerHealthAutoConfiguration {

    /** The bean name gives the component its name: {@code eventProcessors}. */
    @Bean
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealthIndicator(processing);
    }
}
