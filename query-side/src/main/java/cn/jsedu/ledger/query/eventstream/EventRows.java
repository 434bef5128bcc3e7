package cn.jsedu.ledger.query.eventstream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL against {@code event_store.domain_event_entry} (V1__event_store.sql in shared-kernel) and the mapping of
 * its rows to Axon's serialized event data. Reads only: the query side's role has SELECT on the event tables.
 *
 * <p>{@code tx_id} is an xid8; it travels through JDBC as text (the driver has no xid8 type) and is a long here.
 */
final class EventRows {

    /** Aliased: an unqualified {@code tx_id} in ORDER BY would mean the text output column and sort 1000 < 996. */
    static final String TABLE = "event_store.domain_event_entry e";

    /** Every transaction below this bound has ended: its rows are final and no new row can appear below it. */
    static final String FINAL = "e.tx_id < pg_snapshot_xmin(pg_current_snapshot())";

    private static final String POSITION = "e.tx_id::text AS tx_text, e.global_index";

    private static final String COLUMNS = POSITION + ", e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private static final String STREAM_ORDER = " ORDER BY e.tx_id, e.global_index";

    private static final String AFTER_POSITION =
            " WHERE (e.tx_id, e.global_index) > (CAST(CAST(? AS text) AS xid8), ?) AND " + FINAL;

    /** The next rows after a position, in stream order; the row comparison uses the (tx_id, global_index) index. */
    static final String AFTER = "SELECT " + COLUMNS + " FROM " + TABLE + AFTER_POSITION + STREAM_ORDER + " LIMIT ?";

    /**
     * The idle probe, run every poll interval. The ORDER BY is not decoration: the driver prepares the statement
     * server-side, and after five runs PostgreSQL may switch to a generic plan, which guesses a third of the table
     * matches and, without an order to keep, prefers a sequential scan to find "any" row — a full scan of the
     * event table every 25 ms (35 ms each at 53,000 events, measured). With the order the index is always cheaper.
     */
    static final String ANY_AFTER = "SELECT 1 FROM " + TABLE + AFTER_POSITION + STREAM_ORDER + " LIMIT 1";

    static final String HEAD = "SELECT " + POSITION + " FROM " + TABLE + " WHERE " + FINAL
            + " ORDER BY e.tx_id DESC, e.global_index DESC LIMIT 1";

    /** The first final row (in stream order) stamped at or after a time; a scan, but only used for resets. */
    static final String FIRST_AT = "SELECT " + POSITION + " FROM " + TABLE
            + " WHERE CAST(e.time_stamp AS timestamptz) >= CAST(? AS timestamptz) AND " + FINAL + STREAM_ORDER
            + " LIMIT 1";

    static final String OF_AGGREGATE = "SELECT " + COLUMNS + " FROM " + TABLE
            + " WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number";

    private EventRows() {
    }

    static void bindPosition(PreparedStatement statement, XidIndexToken after) throws SQLException {
        statement.setString(1, Long.toString(after.txId()));
        statement.setLong(2, after.globalIndex());
    }

    static XidIndexToken position(ResultSet row) throws SQLException {
        return new XidIndexToken(Long.parseLong(row.getString("tx_text")), row.getLong("global_index"));
    }

    static TrackedEventData<byte[]> tracked(ResultSet row) throws SQLException {
        return new TrackedDomainEventData<>(position(row), domain(row));
    }

    /**
     * Like Axon's JdbcEventStorageEngine: an event published outside an aggregate is stored with its own id as
     * aggregate id and comes back as a plain (non-domain) event message.
     */
    static DomainEventData<byte[]> domain(ResultSet row) throws SQLException {
        String eventId = row.getString("event_identifier");
        String aggregateId = row.getString("aggregate_identifier");
        return new GenericDomainEventEntry<>(row.getString("type"),
                eventId.equals(aggregateId) ? null : aggregateId,
                row.getLong("sequence_number"), eventId, row.getString("time_stamp"),
                row.getString("payload_type"), row.getString("payload_revision"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }
}
