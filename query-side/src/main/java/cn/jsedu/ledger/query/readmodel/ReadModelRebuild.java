package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.query.config.DirectConnections;
import cn.jsedu.ledger.query.config.ProcessorSettings;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds the read models from the event store in bulk, while the live ones go on serving and being projected
 * (ADR 0006, "Rebuild"):
 * <ol>
 *   <li><b>loading</b>: the processor's own source is read from its tail and every event handed to the
 *       processor's own handlers, whose writes go to unlogged, index-free staging tables by COPY, running totals
 *       folded in memory ({@link BulkPass}, {@link BulkLoad}, {@link StagingTables});</li>
 *   <li><b>indexing</b>: the staging tables are made durable and get their keys, indexes and grants;</li>
 *   <li><b>catching up</b>: the processor is stopped and the pass reads on to the head of the store as it is now, so
 *       the new read model is at least as far as the old one was;</li>
 *   <li><b>swapping</b>: in one transaction the staging tables replace the live ones and every segment's token is
 *       set to the position the pass reached; then the processor starts again from there.</li>
 * </ol>
 * The pass reads exactly what the processor would (same source, same read bound, same order), so its position is
 * a position of that source: the processor applies every later event once, and none before. Readers see the old
 * tables or the new ones, never a mix ({@link StagingTables#swap}); they see the read model stop moving only
 * while the pass catches up and swaps.
 *
 * <p>Other query-side instances must have their processors stopped (their tables are the same): storing the new
 * tokens fails while another instance holds a segment's claim, and the rebuild then fails leaving the live read
 * model as it was.
 */
@Service
public class ReadModelRebuild {

    /** Below PostgreSQL's default deadlock timeout (1 s): see {@link StagingTables#swap}. */
    private static final Duration SWAP_LOCK_TIMEOUT = Duration.ofMillis(200);
    private static final Duration PATIENT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    private static final int SHORT_ATTEMPTS = 10;
    private static final int SWAP_ATTEMPTS = 60;

    /** Where a rebuild stands. */
    public enum Phase {
        /** No rebuild has been started by this instance. */
        NONE,
        LOADING, INDEXING, CATCHING_UP, SWAPPING,
        /** Swapped in: the processor projects on from the handover position. */
        PROJECTING,
        FAILED;

        boolean inBulk() {
            return this == LOADING || this == INDEXING || this == CATCHING_UP || this == SWAPPING;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final DirectConnections connections;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source;
    private final ProcessorSettings settings;
    private final StagingTables staging = StagingTables.of(ReadModelReset.TABLES);
    private volatile Phase phase = Phase.NONE;
    private volatile BulkPass pass;
    private volatile String error;

    public ReadModelRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc, DirectConnections connections,
                            TokenStore tokenStore, PlatformTransactionManager transactions,
                            ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> source,
                            ProcessorSettings settings) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.connections = connections;
        this.tokenStore = tokenStore;
        this.transaction = new TransactionTemplate(transactions);
        this.source = source;
        this.settings = settings;
    }

    /** Starts a rebuild in the background; false if one is already running here. Progress: {@link #status()}. */
    public synchronized boolean rebuild() {
        if (phase.inBulk()) {
            return false;
        }
        error = null;
        pass = null;
        phase = Phase.LOADING;
        Thread thread = new Thread(this::run, "read-model-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Cheap, for waiting: where the last rebuild started here stands. */
    public Phase phase() {
        return phase;
    }

    private void run() {
        StreamingEventProcessor processor = processor();
        boolean restart = false;
        long started = System.nanoTime();
        try (BulkPass bulk = new BulkPass(source.getObject(),
                ((AbstractEventProcessor) processor).eventHandlerInvoker())) {
            pass = bulk;
            log.info("rebuilding read models: loading staging tables");
            staging.create(jdbc);
            Set<String> keyed;
            try (BulkLoad load = new BulkLoad(this::bulkConnection, staging, Set.of())) {
                bulk.drain(load, null);
                load.finish();
                keyed = load.keyedTables();
                log.info("rebuilding read models: {} events loaded in {} s ({})", bulk.applied(), seconds(started),
                        load.describe());
            }

            phase = Phase.INDEXING;
            staging.finish(jdbc, keyed);
            log.info("rebuilding read models: staging tables durable and indexed after {} s", seconds(started));

            phase = Phase.CATCHING_UP;
            restart = processor.isRunning();
            processor.shutdownAsync().join();
            TrackingToken head = source.getObject().createHeadToken();
            try (BulkLoad load = new BulkLoad(this::bulkConnection, staging, staging.tables())) {
                bulk.drain(load, head);
                load.finish();
            }

            phase = Phase.SWAPPING;
            TrackingToken handover = bulk.position();
            swap(handover);
            log.info("rebuilding read models: swapped in after {} s, {} events; the processor goes on from {}",
                    seconds(started), bulk.applied(), handover);
            phase = Phase.PROJECTING;
        } catch (Exception | Error e) {
            log.error("rebuilding read models failed; the live read model is unchanged", e);
            error = e.getMessage() == null ? e.toString() : e.getMessage();
            phase = Phase.FAILED;
            try {
                staging.drop(jdbc);
            } catch (RuntimeException dropFailed) {
                log.warn("could not drop the staging tables of the failed rebuild", dropFailed);
            }
        } finally {
            if (restart) {
                processor.start();
            }
        }
    }

    /** A connection of the bulk load's own: named in pg_stat_activity, batches not rewritten (see BulkLoad). */
    private Connection bulkConnection() throws SQLException {
        return connections.open(Map.of("ApplicationName", "ledger-read-model-rebuild", "reWriteBatchedInserts", "false"));
    }

    /**
     * The staging tables replace the live ones and every segment continues from {@code handover}: one commit.
     * Readers in the way make it wait at most {@link #SWAP_LOCK_TIMEOUT} per attempt; after
     * {@link #SHORT_ATTEMPTS} it waits {@link #PATIENT_LOCK_TIMEOUT}, past PostgreSQL's deadlock timeout: an
     * autovacuum of a live table holds a lock that conflicts with the swap and is only cancelled for a waiter that
     * has waited that long. Against a reader the swap is still the one to give up, having waited first.
     */
    private void swap(TrackingToken handover) {
        String name = ReadModels.PROCESSING_GROUP;
        for (int attempt = 1; ; attempt++) {
            Duration lockTimeout = attempt <= SHORT_ATTEMPTS ? SWAP_LOCK_TIMEOUT : PATIENT_LOCK_TIMEOUT;
            try {
                transaction.executeWithoutResult(status -> {
                    staging.swap(jdbc, lockTimeout);
                    int[] segments = tokenStore.fetchSegments(name);
                    if (segments.length == 0) {
                        tokenStore.initializeTokenSegments(name, settings.segments(), handover);
                    }
                    for (int segment : segments) {
                        // Claims the segment, so it fails if another instance still holds it.
                        tokenStore.storeToken(handover, name, segment);
                        tokenStore.releaseClaim(name, segment);
                    }
                });
                return;
            } catch (DataAccessException e) {
                if (attempt == SWAP_ATTEMPTS || !lockWait(e)) {
                    throw e;
                }
                log.info("rebuilding read models: swap attempt {} met a lock held longer than {} ms; retrying",
                        attempt, lockTimeout.toMillis());
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }

    /** Lock timeout or deadlock (the swap was chosen to give up). */
    private static boolean lockWait(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Progress: the bulk pass's events while it runs; afterwards how far the slowest segment has come. */
    public RebuildStatus status() {
        StreamingEventProcessor processor = processor();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long total = eventsInStore();
        Phase now = phase;
        BulkPass bulk = pass;
        if (now.inBulk() || now == Phase.FAILED) {
            long applied = bulk == null ? 0 : bulk.applied();
            return new RebuildStatus(now, processor.isRunning(), false, segments.size(), Math.min(applied, total),
                    total, false, error);
        }
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Optional<XidIndexToken> lowest = segments.values().stream()
                .map(s -> WrappedToken.unwrapLowerBound(s.getTrackingToken()))
                .map(t -> t instanceof XidIndexToken x ? x : new XidIndexToken(0, 0))
                .min(Comparator.naturalOrder());
        long applied = lowest.isEmpty() ? 0 : jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                WHERE (tx_id, global_index) <= (CAST(? AS text)::xid8, ?)""", Long.class,
                String.valueOf(lowest.get().txId()), lowest.get().globalIndex());
        // Right after a start the segments are claimed one by one: the first may reach the head before the next is
        // claimed, so the slowest segment counts only once this instance holds every segment of the token store.
        boolean allClaimed = Arrays.stream(tokenStore.fetchSegments(processor.getName()))
                .allMatch(segments::containsKey);
        return new RebuildStatus(now, processor.isRunning(), replaying, segments.size(), Math.min(applied, total),
                total, processor.isRunning() && !segments.isEmpty() && allClaimed && applied >= total, null);
    }

    private long eventsInStore() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModels.PROCESSING_GROUP));
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    /**
     * Rebuild progress. While the bulk pass runs ({@code phase} LOADING to SWAPPING), {@code appliedEvents} is the
     * events it has applied to the staging tables and {@code complete} is false; once swapped in (PROJECTING, or
     * NONE when no rebuild was started here), it is how far the slowest segment of this instance has come, and
     * {@code complete} says this instance holds every segment and every event in the store is applied. FAILED carries the {@code error}; the live read
     * model was left as it was. Axon's {@code replaying} flag may stay up after a reset until the next new event
     * passes the position of the reset.
     */
    public record RebuildStatus(Phase phase, boolean running, boolean replaying, int segments, long appliedEvents,
                                long eventsInStore, boolean complete, String error) {
    }
}
