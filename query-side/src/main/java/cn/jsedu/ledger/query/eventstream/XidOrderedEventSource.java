package cn.jsedu.ledger.query.eventstream;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * The event store as a stream that never skips an event (Axon issue #4829): ordered by (tx_id, global_index) and
 * read only below {@code pg_snapshot_xmin(pg_current_snapshot())}. Every row below that bound belongs to an ended
 * transaction, and a transaction that is still running (even one that has not inserted yet) has a tx_id at or
 * above it, so whatever it commits later sorts after everything already streamed. A rolled-back transaction
 * leaves no row and no hole to wait for. The price: one long-running writing transaction anywhere in the
 * PostgreSQL cluster holds the stream back until it ends (it never makes it skip).
 *
 * <p>Within one aggregate this is sequence order only while every command transaction gets its xid after it read
 * the aggregate. A write before that (an idempotency-key insert, say) lets a transaction with an older xid append
 * sequence n+1 after a younger one appended n, and the stream then delivers n+1 first (both, once each).
 */
public class XidOrderedEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, WakeableEventSource,
        AutoCloseable {

    private final DataSource dataSource;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasterChain;
    private final int fetchSize;
    private final Duration pollInterval;
    /** Wakes idle streams when new events become final; one daemon thread for all streams of this source. */
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "xid-event-stream-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<XidEventStream> open = ConcurrentHashMap.newKeySet();

    public XidOrderedEventSource(DataSource dataSource, Serializer eventSerializer, EventUpcaster upcasterChain,
                                 int fetchSize, Duration pollInterval) {
        if (fetchSize < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("fetch size and poll interval must be positive");
        }
        this.dataSource = dataSource;
        this.eventSerializer = eventSerializer;
        this.upcasterChain = upcasterChain;
        this.fetchSize = fetchSize;
        this.pollInterval = pollInterval;
    }

    /** A stream of the events after {@code trackingToken}; {@code null} (or a replay from the start) means all. */
    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        TrackingToken start = WrappedToken.unwrapLowerBound(trackingToken);
        if (start != null && !(start instanceof XidIndexToken)) {
            throw new IllegalArgumentException("Incompatible token type provided: " + start.getClass().getName());
        }
        XidEventStream stream = new XidEventStream(this, start == null ? XidIndexToken.TAIL : (XidIndexToken) start,
                pollInterval, prober);
        open.add(stream);
        return stream;
    }

    /** A commit was notified, or a transaction of this service ended: every open stream looks now. */
    @Override
    public void wakeUp() {
        open.forEach(XidEventStream::wake);
    }

    void closed(XidEventStream stream) {
        open.remove(stream);
    }

    @Override
    public XidIndexToken createTailToken() {
        return XidIndexToken.TAIL;
    }

    /** The last final event: whatever commits from now on sorts after it. */
    @Override
    public XidIndexToken createHeadToken() {
        return first(EventRows.HEAD, statement -> { }, EventRows::position).orElse(XidIndexToken.TAIL);
    }

    /**
     * Just before the first event (in stream order) stamped at or after {@code dateTime}, so none of those is
     * missed (some earlier-stamped ones after it are streamed too); the head if there is none yet.
     */
    @Override
    public XidIndexToken createTokenAt(Instant dateTime) {
        return first(EventRows.FIRST_AT, statement -> statement.setString(1, formatInstant(dateTime)),
                EventRows::position)
                .map(first -> new XidIndexToken(first.txId(), first.globalIndex() - 1))
                .orElseGet(this::createHeadToken);
    }

    /** The next batch after a position: the events (after upcasting) and the last row read. */
    record Batch(List<TrackedEventMessage<?>> events, XidIndexToken lastRow, int rows) {
    }

    Batch fetch(XidIndexToken after) {
        List<TrackedEventData<?>> rows = new ArrayList<>(fetchSize);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(EventRows.AFTER)) {
            EventRows.bindPosition(statement, after);
            statement.setInt(3, fetchSize);
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(EventRows.tracked(resultSet));
                }
            }
        } catch (SQLException e) {
            throw new JdbcException("Failed to read events after " + after, e);
        }
        XidIndexToken last = rows.isEmpty() ? after : (XidIndexToken) rows.get(rows.size() - 1).trackingToken();
        List<TrackedEventMessage<?>> events =
                EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), eventSerializer, upcasterChain).toList();
        return new Batch(events, last, rows.size());
    }

    boolean anyAfter(XidIndexToken after) {
        return first(EventRows.ANY_AFTER, statement -> EventRows.bindPosition(statement, after), row -> true)
                .isPresent();
    }

    int fetchSize() {
        return fetchSize;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowMapper<R> {
        R map(ResultSet row) throws SQLException;
    }

    /** The first row of a query, mapped. A connection of its own: never part of a handler's transaction. */
    private <R> Optional<R> first(String sql, Binder binder, RowMapper<R> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next() ? Optional.of(mapper.map(resultSet)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JdbcException("Failed to query the event store", e);
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
