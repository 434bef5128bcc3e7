package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.query.eventstream.ProcessorPositions;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How far a processor is behind the event store, read from the token store (so it covers the segments of every
 * instance, and a stopped processor shows its lag growing) and measured from the slowest segment's position:
 *
 * <ul>
 *   <li>{@code behind}: committed events after that position, counted up to a cap;</li>
 *   <li>{@code lag}: seconds since the oldest of them was stored, 0 when there is none. An idle, caught-up
 *   processor has no lag, however long ago the last event was.</li>
 * </ul>
 * The position is the minimum over segments: a segment ahead of the others cannot hide the one behind. Events held
 * back by an old running transaction (ADR 0003) count as behind: they are, for readers.
 *
 * <p>Cost per call: one primary-key read of the token rows and one range read of the (tx_id, global_index) index,
 * limited to the cap; nothing at all when caught up but the index probe.
 */
final class ProjectionLag {

    /** Both NaN when the sample could not be taken. */
    record Sample(double behind, double lagSeconds) {

        static final Sample UNKNOWN = new Sample(Double.NaN, Double.NaN);
    }

    private static final String BEHIND = """
            SELECT count(*) AS behind, min(CAST(b.time_stamp AS timestamptz)) AS oldest FROM (
              SELECT e.time_stamp FROM event_store.domain_event_entry e
              WHERE (e.tx_id, e.global_index) > (CAST(CAST(? AS text) AS xid8), ?)
              ORDER BY e.tx_id, e.global_index LIMIT ?) b""";

    private final JdbcTemplate jdbc;
    private final ProcessorPositions positions;
    private final Clock clock;
    private final int cap;

    ProjectionLag(JdbcTemplate jdbc, TokenSchema schema, Clock clock, int cap) {
        this.jdbc = jdbc;
        this.positions = new ProcessorPositions(jdbc, schema);
        this.clock = clock;
        this.cap = cap;
    }

    Sample sample(String processor) {
        XidIndexToken position = positions.slowestSegment(processor);
        Map<String, Object> row = jdbc.queryForMap(BEHIND, Long.toString(position.txId()), position.globalIndex(), cap);
        long behind = ((Number) row.get("behind")).longValue();
        Instant oldest = row.get("oldest") instanceof Timestamp t ? t.toInstant() : null;
        double lag = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
        return new Sample(behind, lag);
    }
}
