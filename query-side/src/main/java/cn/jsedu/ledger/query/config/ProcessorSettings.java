package cn.jsedu.ledger.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.processors.*}: how every processing group of the query side streams the event store.
 *
 * @param batchSize    events handled per transaction of one segment (the token is stored in the same transaction)
 * @param segments     initial segment count of a processor that has no tokens yet
 * @param threadCount  worker threads per processor
 * @param fetchSize    rows per query on the event store
 * @param pollInterval how often an idle stream looks for new final events
 * @param tokenClaimInterval how often a processor tries to claim unclaimed segments (also its retry pace after a
 *                     failed batch released a segment)
 * @param maxClaimedSegments at most this many segments per instance (0 = no limit): with several query-side
 *                     instances, a limit leaves segments for the others to claim, spreading the work (ADR 0009)
 * @param listenForCommits wake idle streams when the command side notifies a commit ({@code LISTEN ledger_events}
 *                     on a connection of its own; ADR 0003). Off only where LISTEN cannot work (a pooler in
 *                     transaction mode): the streams then wait for their poll
 */
@ConfigurationProperties(prefix = "ledger.processors")
public record ProcessorSettings(@DefaultValue("200") int batchSize,
                                @DefaultValue("2") int segments,
                                @DefaultValue("2") int threadCount,
                                @DefaultValue("500") int fetchSize,
                                @DefaultValue("25ms") Duration pollInterval,
                                @DefaultValue("5s") Duration tokenClaimInterval,
                                @DefaultValue("0") int maxClaimedSegments,
                                @DefaultValue("true") boolean listenForCommits) {
}
