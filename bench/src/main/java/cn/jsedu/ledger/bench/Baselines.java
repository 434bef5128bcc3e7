package cn.jsedu.ledger.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The physical limits of this machine, measured with plain JDBC on the same PostgreSQL as the product:
 * B1 single-row INSERTs of an event-shaped row, B2 a sequential read of the event table, and the raw SQL behind
 * the dashboard queries of S8.
 */
final class Baselines {

    private Baselines() {
    }

    /** B1's table: the event store's own DDL (same columns, defaults, keys and indexes) in schema b1. */
    static void createB1Table(Pg pg) throws Exception {
        String ddl;
        try (InputStream in = Baselines.class.getResourceAsStream("/db/event-store/V1__event_store.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = pg.connect(Pg.BASELINE); Statement s = c.createStatement()) {
            s.execute(ddl.replace("event_store", "b1"));
        }
    }

    /** B1: every client its own connection, one autocommitted INSERT per request (synchronous_commit=on). */
    static Load.Result b1(Pg pg, int clients, Duration warmup, Duration window, byte[] payload, byte[] metaData)
            throws SQLException {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = pg.connect(Pg.BASELINE);
                connections.add(c);
                inserts.add(c.prepareStatement("""
                        INSERT INTO b1.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                          time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Platform', ?, 'cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent', '1', ?, ?)"""));
            }
            return Load.closed(clients, warmup, window, (client, n) -> {
                PreparedStatement insert = inserts.get(client);
                insert.setString(1, UUID.randomUUID().toString());
                // 100 aggregates per client, each with consecutive sequence numbers
                insert.setString(2, "B1-" + run + "-" + client + "-" + (n % 100));
                insert.setLong(3, n / 100);
                insert.setString(4, java.time.Instant.now().toString());
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.executeUpdate();
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** B2: every row and column of the event table in global-index order, streamed (rows per second). */
    static double b2(Pg pg, String db) throws SQLException {
        try (Connection c = pg.connect(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT global_index, tx_id::text, event_identifier, aggregate_identifier, sequence_number, type,
                      time_stamp, payload_type, payload_revision, payload, meta_data
                    FROM event_store.domain_event_entry ORDER BY global_index""")) {
                s.setFetchSize(1000);
                long t0 = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getString(3);
                        rs.getString(4);
                        rs.getLong(5);
                        rs.getString(6);
                        rs.getString(7);
                        rs.getString(8);
                        rs.getString(9);
                        bytes += rs.getBytes(10).length + rs.getBytes(11).length;
                        rows++;
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                c.commit();
                bytesRead += bytes;
                return rows / seconds;
            }
        }
    }

    /** The statements GET /platforms/{id}/balances runs (ReadYourWrites, BalanceQueries), rows read, no folding. */
    static void rawBalances(Connection c, String platformId) throws SQLException {
        query(c, "SELECT * FROM read_model.platform WHERE platform_id = ?", platformId);
        query(c, "SELECT * FROM read_model.decision WHERE platform_id = ? ORDER BY recorded_at, decision_id", platformId);
        query(c, "SELECT * FROM read_model.ledger_entry WHERE platform_id = ? ORDER BY sequence_number", platformId);
        query(c, """
                SELECT l.source, l.party_id, l.year, l.amount FROM read_model.plan_line l
                WHERE l.platform_id = ? AND l.plan_seq = (
                  SELECT max(v.plan_seq) FROM read_model.plan_version v
                  WHERE v.platform_id = ? AND (?::timestamptz IS NULL OR v.recorded_at <= ?::timestamptz))
                ORDER BY l.line_no""", platformId, platformId, null, null);
        query(c, """
                SELECT event_id FROM read_model.plan_version WHERE platform_id = ?
                  AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz) ORDER BY plan_seq DESC LIMIT 1""",
                platformId, null, null);
        query(c, "SELECT * FROM read_model.platform_party WHERE platform_id = ? ORDER BY party_id", platformId);
    }

    /** The statements GET /programme/compliance?page=&size= runs (ProgrammeComplianceQueries, PlatformQueries). */
    static void rawCompliancePage(Connection c, int page, int size) throws SQLException {
        query(c, "SELECT count(*) FROM read_model.platform WHERE TRUE");
        query(c, "SELECT * FROM read_model.platform WHERE TRUE ORDER BY platform_id LIMIT ? OFFSET ?", size,
                (long) page * size);
        query(c, """
                SELECT count(*) AS platforms, coalesce(sum(planned_total), 0) AS planned_total,
                  coalesce(sum(planned_enterprise), 0) AS planned_enterprise,
                  coalesce(sum(received_cash + received_non_cash - recovered), 0) AS actual_total,
                  coalesce(sum(enterprise_received - enterprise_recovered), 0) AS actual_enterprise,
                  count(*) FILTER (WHERE planned_total >= ?) AS meeting_planned_total,
                  count(*) FILTER (WHERE ? * planned_enterprise >= ? * planned_total) AS meeting_planned_share,
                  count(*) FILTER (WHERE ? * (enterprise_received - enterprise_recovered)
                                      >= ? * (received_cash + received_non_cash - recovered)) AS meeting_actual_share
                FROM read_model.platform WHERE status NOT IN ('DECLARED', 'REJECTED')""",
                new java.math.BigDecimal("30000000.00"), 3L, 1L, 3L, 1L);
    }

    private static void query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    /** Bytes B2 read, kept so that nothing can skip reading them. */
    static volatile long bytesRead;
}
