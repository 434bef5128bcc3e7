package cn.jsedu.ledger.query.eventstream;

import cn.jsedu.ledger.query.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream's statements are prepared once and run every poll interval, so PostgreSQL may plan them generically
 * (without the parameter values). A generic plan that scans the whole event table turned the idle probe into a
 * sequential scan every 25 ms; these plans must use the (tx_id, global_index) index whatever the parameters.
 * Checked on a scratch copy of the event table (same columns and indexes) with enough rows for the planner to care.
 */
class StreamQueryPlanTest {

    private static final String COPY = "plan_check.domain_event_entry";

    @BeforeAll
    static void scratchCopyOfTheEventTable() throws SQLException {
        try (Connection db = TestDatabase.dataSource().getConnection(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS plan_check CASCADE");
            s.execute("CREATE SCHEMA plan_check");
            s.execute("CREATE TABLE " + COPY + " (LIKE event_store.domain_event_entry INCLUDING DEFAULTS INCLUDING INDEXES)");
            // rows as wide as real events (~450-byte payload, ~120-byte metadata): the width is what makes a
            // sequential scan look cheap to a generic plan
            s.execute("INSERT INTO " + COPY + " (global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                    + " time_stamp, payload_type, payload, meta_data, tx_id) SELECT g, 'e-' || g, 'P-' || (g % 300), g / 300,"
                    + " 'Platform', '2026-01-01T00:00:00Z', 'cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent',"
                    + " convert_to(repeat('x', 450), 'UTF8'), convert_to(repeat('m', 120), 'UTF8'),"
                    // every row below the current transaction id, as in a store whose rows are all final
                    + " (3 + g * (c.x - 10) / 60000)::text::xid8"
                    + " FROM generate_series(1, 60000) g, (SELECT pg_current_xact_id()::text::bigint AS x) c");
            s.execute("ANALYZE " + COPY);
        }
    }

    @Test
    void theIdleProbeUsesTheIndexUnderAGenericPlan() throws SQLException {
        assertThat(genericPlan(EventRows.ANY_AFTER, "'1000', 0")).contains("Index").doesNotContain("Seq Scan");
    }

    @Test
    void theFetchUsesTheIndexUnderAGenericPlan() throws SQLException {
        assertThat(genericPlan(EventRows.AFTER, "'1000', 0, 500")).contains("Index").doesNotContain("Seq Scan");
    }

    /** EXPLAIN of the statement (its {@code ?} numbered) as PostgreSQL plans it without the parameter values. */
    private static String genericPlan(String statement, String arguments) throws SQLException {
        String sql = statement.replace(EventRows.TABLE, COPY + " e");
        for (int i = 1; sql.contains("?"); i++) {
            sql = sql.replaceFirst("\\?", "\\$" + i);
        }
        StringBuilder plan = new StringBuilder();
        try (Connection db = TestDatabase.dataSource().getConnection(); Statement s = db.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE plan_check AS " + sql);
            try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE plan_check(" + arguments + ")")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            s.execute("DEALLOCATE plan_check");
        }
        return plan.toString();
    }
}
