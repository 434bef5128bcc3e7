package cn.jsedu.ledger.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.axon.*}: how the command side loads and stores aggregates (ADR 0008 says why these values).
 *
 * @param eventBatchSize     events read per query when an aggregate is loaded from the event store
 * @param aggregateCache     keep aggregates in memory between commands (off only to measure against stock Axon)
 * @param aggregateCacheSize at most this many aggregates in memory
 * @param snapshotThreshold  a snapshot every this many events; 0 turns snapshots off
 */
@ConfigurationProperties(prefix = "ledger.axon")
public record AxonTuning(@DefaultValue("500") int eventBatchSize,
                         @DefaultValue("true") boolean aggregateCache,
                         @DefaultValue("5000") int aggregateCacheSize,
                         @DefaultValue("250") int snapshotThreshold) {
}
