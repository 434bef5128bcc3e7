package cn.jsedu.ledger.query.eventstream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one platform's history straight from the event store, for per-platform replays of a read model.
 *
 * <p>No xmin bound is needed here: an aggregate's sequence numbers are contiguous among committed rows (sequence
 * n+1 is appended by a transaction that read n), so whatever is committed is a complete prefix. Runs on the
 * caller's transaction if there is one, so a handler sees the same snapshot as its other reads.
 */
public class EventStoreReader {

    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasterChain;

    public EventStoreReader(JdbcTemplate jdbc, Serializer eventSerializer, EventUpcaster upcasterChain) {
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
        this.upcasterChain = upcasterChain;
    }

    /** The sequence number of the aggregate's last committed event (its version), or -1 if it has none. */
    public long lastSequenceOf(String aggregateId) {
        Long last = jdbc.queryForObject("SELECT max(e.sequence_number) FROM " + EventRows.TABLE
                + " WHERE e.aggregate_identifier = ?", Long.class, aggregateId);
        return last == null ? -1 : last;
    }

    /** Every event of the aggregate in sequence order, upcast and deserialized (lazily); snapshots are ignored. */
    public List<DomainEventMessage<?>> readPlatform(String aggregateId) {
        List<DomainEventData<?>> rows = jdbc.query(connection -> {
            var statement = connection.prepareStatement(EventRows.OF_AGGREGATE);
            statement.setFetchSize(500);
            statement.setString(1, aggregateId);
            return statement;
        }, (row, i) -> EventRows.domain(row));
        List<DomainEventMessage<?>> events = new ArrayList<>(rows.size());
        EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), eventSerializer, upcasterChain)
                .forEachRemaining(events::add);
        return events;
    }
}
