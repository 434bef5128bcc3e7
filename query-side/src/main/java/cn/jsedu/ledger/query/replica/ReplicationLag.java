package cn.jsedu.ledger.query.replica;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * How far the standby the processors read is behind its primary:
 * <ul>
 *   <li>{@code bytes}: WAL the primary has written and the standby has not replayed
 *   ({@code pg_current_wal_lsn()} on the primary minus {@code pg_last_wal_replay_lsn()} on the standby). It also
 *   grows when the standby stops receiving, which the standby alone cannot see;</li>
 *   <li>{@code seconds}: 0 when the standby has replayed all it received; otherwise the age of the last transaction
 *   it replayed. An idle primary then reads 0, not the time since its last commit.</li>
 * </ul>
 * Read in this order (standby first), a standby that replays between the two reads can only make the bytes too
 * large, never too small.
 */
final class ReplicationLag {

    record Sample(double seconds, double bytes) {

        static final Sample UNKNOWN = new Sample(Double.NaN, Double.NaN);
    }

    private static final String STANDBY = """
            SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text END AS replayed,
                   CASE WHEN pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE greatest(0, extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())) END AS seconds""";

    private static final String PRIMARY = "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(? AS pg_lsn))";

    private final JdbcTemplate standby;
    private final JdbcTemplate primary;

    ReplicationLag(JdbcTemplate standby, JdbcTemplate primary) {
        this.standby = standby;
        this.primary = primary;
    }

    Sample sample() {
        Map<String, Object> row = standby.queryForMap(STANDBY);
        Object replayed = row.get("replayed");
        if (replayed == null) {
            // not in recovery: the event source is a primary (promoted, or misconfigured); it lags nothing. Asked of
            // pg_is_in_recovery(), not read from a null replay position: a promoted standby keeps answering the last
            // position it replayed, which the primary's WAL then runs away from (ScaleOutSmokeIT's promotion)
            return new Sample(0, 0);
        }
        Number bytes = primary.queryForObject(PRIMARY, Number.class, replayed.toString());
        return new Sample(((Number) row.get("seconds")).doubleValue(), bytes == null ? Double.NaN : bytes.doubleValue());
    }
}
