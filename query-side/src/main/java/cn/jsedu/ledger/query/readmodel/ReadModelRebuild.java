package cn.jsedu.ledger.query.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;

/**
 * Rebuilds the read models from the event store: stop the processor, reset its tokens (the reset handler empties
 * the tables), start it again; it replays every event. Every instance of the query side must run this or be
 * stopped: a processor cannot be reset while another node holds its segments (Axon #550).
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final TokenStore tokens;

    public ReadModelRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc, TokenStore tokens) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    public synchronized void rebuild() {
        StreamingEventProcessor processor = processor();
        log.info("rebuilding read models: stopping {}", ReadModels.PROCESSING_GROUP);
        processor.shutdownAsync().join();
        // From the tail explicitly: the processor's default initial token is itself a replay token up to the head,
        // and a replay token nested in a replay token re-delivered events already applied.
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        log.info("rebuilding read models: replay of {} events started", eventsInStore());
    }

    /** Progress: how far the slowest segment has come, as the events of the store at or before its position. */
    public RebuildStatus status() {
        StreamingEventProcessor processor = processor();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Optional<XidIndexToken> lowest = segments.values().stream()
                .map(s -> WrappedToken.unwrapLowerBound(s.getTrackingToken()))
                .map(t -> t instanceof XidIndexToken x ? x : new XidIndexToken(0, 0))
                .min(Comparator.naturalOrder());
        long total = eventsInStore();
        long applied = lowest.isEmpty() ? 0 : jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE (tx_id, global_index) <= (CAST(? AS text)::xid8, ?)""", Long.class,
                String.valueOf(lowest.get().txId()), lowest.get().globalIndex());
        // Right after a start the segments are claimed one by one: the first may reach the head before the next is
        // claimed, so the slowest segment counts only once this instance holds every segment of the token store.
        boolean allClaimed = segments.keySet().containsAll(storedSegments(processor.getName()));
        return new RebuildStatus(processor.isRunning(), replaying, segments.size(), Math.min(applied, total), total,
                processor.isRunning() && !segments.isEmpty() && allClaimed && applied >= total);
    }

    private List<Integer> storedSegments(String processorName) {
        return Arrays.stream(tokens.fetchSegments(processorName)).boxed().toList();
    }

    private long eventsInStore() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModels.PROCESSING_GROUP));
    }

    /**
     * Rebuild progress: {@code appliedEvents} of {@code eventsInStore} at the slowest segment of this instance.
     * {@code complete} once this instance holds every segment and every event in the store is applied; Axon's
     * {@code replaying} flag may stay up until the next new event passes the position of the reset.
     */
    public record RebuildStatus(boolean running, boolean replaying, int segments, long appliedEvents,
                                long eventsInStore, boolean complete) {
    }
}
