package cn.jsedu.ledger.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peer a team would build instead of event sourcing: one transaction INSERTs the ledger entry and UPDATEs the
 * platform's balance row, refusing an expenditure that would make it negative (the row lock serialises writers of
 * one platform). Plain JDBC, no framework: the best case of that design.
 */
final class CrudLedger {

    private static final AtomicLong ENTRY = new AtomicLong();

    private CrudLedger() {
    }

    static void create(Pg pg, List<String> platforms) throws SQLException {
        try (Connection c = pg.connect(Pg.CRUD); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE balance (platform_id VARCHAR(64), source VARCHAR(32), cash NUMERIC(19,2) NOT NULL,
                      PRIMARY KEY (platform_id, source));
                    CREATE TABLE entry (id BIGSERIAL PRIMARY KEY, platform_id VARCHAR(64) NOT NULL,
                      entry_id VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL, source VARCHAR(32) NOT NULL,
                      amount NUMERIC(19,2) NOT NULL, effective_date DATE NOT NULL, voucher_ref VARCHAR(1000),
                      recorded_by VARCHAR(255), recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                      UNIQUE (platform_id, entry_id))""");
            for (String p : platforms) {
                s.execute("INSERT INTO balance VALUES ('" + p + "', 'PROVINCIAL_FINANCE', 1000000000.00)");
            }
        }
    }

    /** 8 clients, installments and expenditures alternately, as S1 sends them to the ledger. */
    static Load.Result run(Pg pg, List<String> platforms, int clients, Duration warmup, Duration window)
            throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = pg.connect(Pg.CRUD);
                c.setAutoCommit(false);
                connections.add(c);
            }
            return Load.closed(clients, warmup, window, (client, n) -> {
                Connection c = connections.get(client);
                boolean installment = n % 2 == 0;
                BigDecimal amount = installment ? new BigDecimal("100.00") : new BigDecimal("1.00");
                String platform = Workload.pick(platforms);
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO entry (platform_id, entry_id, kind, source, amount, effective_date, voucher_ref,
                          recorded_by) VALUES (?, ?, ?, 'PROVINCIAL_FINANCE', ?, ?, ?, 'bench')""");
                     PreparedStatement update = c.prepareStatement("""
                             UPDATE balance SET cash = cash + ? WHERE platform_id = ? AND source = 'PROVINCIAL_FINANCE'
                               AND cash + ? >= 0""")) {
                    String entry = "C" + ENTRY.incrementAndGet();
                    insert.setString(1, platform);
                    insert.setString(2, entry);
                    insert.setString(3, installment ? "INSTALLMENT" : "EXPENDITURE");
                    insert.setBigDecimal(4, amount);
                    insert.setObject(5, installment ? LocalDate.of(2021, 1, 1) : LocalDate.of(2021, 6, 1));
                    insert.setString(6, "凭证-" + entry);
                    insert.executeUpdate();
                    BigDecimal change = installment ? amount : amount.negate();
                    update.setBigDecimal(1, change);
                    update.setString(2, platform);
                    update.setBigDecimal(3, change);
                    if (update.executeUpdate() != 1) {
                        c.rollback();
                        throw new IllegalStateException("refused: balance would turn negative");
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
