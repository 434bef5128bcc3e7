package cn.jsedu.ledger.query.replica;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Streaming from a standby (ADR 0009), only when {@code ledger.event-source.url} is set: the standby's pool, which
 * {@code EventStreamConfig} hands the processors' source, and the replication gauges.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ledger.event-source.url:}'.isBlank()")
public class ReplicaConfig {

    @Bean(destroyMethod = "close")
    public EventSourceDatabase eventSourceDatabase(EventSourceSettings settings) {
        return new EventSourceDatabase(settings);
    }

    @Bean
    ReplicationLagMetrics replicationLagMetrics(EventSourceDatabase eventSource, JdbcTemplate primary, Clock clock,
                                                MeterRegistry registry) {
        return new ReplicationLagMetrics(new ReplicationLag(new JdbcTemplate(eventSource.dataSource()), primary), clock,
                registry);
    }
}
