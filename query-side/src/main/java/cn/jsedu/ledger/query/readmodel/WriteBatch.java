package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-model writes of one processor batch. Sent in three steps, which keeps every row right whatever the
 * order of events within the batch: first the ordered statements, consecutive identical ones as one JDBC batch
 * (a platform row is inserted before anything adds to it); then one UPDATE per platform adding the summed deltas
 * of its running totals (addition commutes); then one UPDATE per platform with its highest version.
 */
final class WriteBatch implements ProjectionWrites {

    static final String VERSION = RunningTotals.VERSION;

    private record Statement(String sql, Object[] args) {
    }

    private final JdbcTemplate jdbc;
    private final List<Statement> statements = new ArrayList<>();
    private final RunningTotals totals = new RunningTotals();

    WriteBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void statement(String sql, Object[] args) {
        statements.add(new Statement(sql, args));
    }

    @Override
    public void add(String platformId, PlatformTotal total, Money delta) {
        totals.add(platformId, total, delta);
    }

    @Override
    public void version(String platformId, long sequence, Instant at) {
        totals.version(platformId, sequence, at);
    }

    void flush() {
        int start = 0;
        while (start < statements.size()) {
            String sql = statements.get(start).sql();
            List<Object[]> run = new ArrayList<>();
            int end = start;
            while (end < statements.size() && statements.get(end).sql().equals(sql)) {
                run.add(statements.get(end).args());
                end++;
            }
            execute(sql, run);
            start = end;
        }
        execute(RunningTotals.ADD_TOTALS, totals.totalRows());
        execute(RunningTotals.VERSION, totals.versionRows());
        statements.clear();
        totals.clear();
    }

    private void execute(String sql, List<Object[]> rows) {
        if (rows.size() == 1) {
            jdbc.update(sql, rows.get(0));
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
