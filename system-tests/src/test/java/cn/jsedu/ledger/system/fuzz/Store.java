package cn.jsedu.ledger.system.fuzz;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * What the ledger wrote, looked at cheaply after every case: the event table's highest global index (an append moves
 * it; events are never deleted), and the command side's own rows (college registrations, idempotency keys), which a
 * refused request must not leave behind either.
 */
final class Store {

    /** The store at one moment. */
    record Mark(long lastEvent, long registrations, long idempotencyKeys) {
    }

    private final JdbcTemplate jdbc;

    Store(DataSource superuser) {
        this.jdbc = new JdbcTemplate(superuser);
    }

    Mark mark() {
        return jdbc.queryForObject("""
                SELECT (SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry),
                       (SELECT count(*) FROM command_side.college_registration),
                       (SELECT count(*) FROM command_side.idempotency_key)""",
                (rs, row) -> new Mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** The platform's last sequence number, or -1 if it has no event. */
    long lastSequenceOf(String platformId) {
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, platformId);
        return last == null ? -1 : last;
    }

    /** Events appended after {@code mark}, by platform: how many. */
    java.util.Map<String, Long> appendedSince(Mark mark) {
        java.util.Map<String, Long> appended = new java.util.TreeMap<>();
        jdbc.query("SELECT aggregate_identifier, count(*) FROM event_store.domain_event_entry WHERE global_index > ? "
                + "GROUP BY aggregate_identifier", rs -> {
            appended.put(rs.getString(1), rs.getLong(2));
        }, mark.lastEvent());
        return appended;
    }

    boolean exists(String platformId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?)", Boolean.class, platformId));
    }
}
