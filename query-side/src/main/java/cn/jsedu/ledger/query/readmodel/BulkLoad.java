package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.StatementCreatorUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projections' writes during a bulk rebuild ({@link ProjectionWrites}), into the staging tables of
 * {@link StagingTables}, over a whole pass instead of one batch:
 * <ul>
 *   <li>a plain {@code INSERT INTO read_model.t (columns) VALUES (?, …)} becomes a row of a COPY into the
 *       staging table, which has no index yet;</li>
 *   <li>any other statement (an UPDATE, a DELETE, an upsert, an insert of a value COPY cannot carry) is run as
 *       SQL against the staging table, rewritten from {@code read_model.} to the staging schema; the first such
 *       statement on a table first sends that table's pending COPY rows and gives it its keys (primary key and
 *       unique constraints, which the statement's WHERE or ON CONFLICT needs), and from then on every write to the
 *       table is a statement, in order;</li>
 *   <li>running totals and versions are folded in memory per platform and written once, at {@link #finish()}.</li>
 * </ul>
 * Per table the writes keep their order, and inserts into a table that receives no other statement commute, so
 * the rows are those of the same statements applied one by one — which is what a processor batch does.
 *
 * <p>The database work runs on a thread of its own with its own connection, in the order it was handed over, while
 * the caller goes on with the next events; a failure there fails the caller's next call.
 */
final class BulkLoad implements ProjectionWrites, AutoCloseable {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "\\s*INSERT\\s+INTO\\s+read_model\\.(\\w+)\\s*\\(([^()]*)\\)\\s*VALUES\\s*\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile("\\bread_model\\.(\\w+)");
    private static final int COPY_BYTES = 1 << 20;
    private static final int RUN_ROWS = 1000;
    private static final int FOLDED_PLATFORMS = 50_000;

    /** What a projection's SQL string is, worked out once per distinct string. */
    private record Shape(String table, String copySql, Set<String> tables, String stagingSql) {
        boolean plainInsert() {
            return copySql != null;
        }
    }

    private final StagingTables staging;
    private final DbWriter db;
    private final org.postgresql.jdbc.TimestampUtils timestamps;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, CopyRows> copies = new LinkedHashMap<>();
    private final Set<String> keyed;
    private final RunningTotals totals = new RunningTotals();
    private String runSql;
    private List<Object[]> run = new ArrayList<>();
    private long copiedRows;
    private long statements;

    /** {@code keyed}: the staging tables that have their keys already (all of them once they are finished). */
    BulkLoad(DataSource dataSource, StagingTables staging, Set<String> keyed) throws SQLException {
        this.staging = staging;
        this.keyed = new HashSet<>(keyed);
        this.db = new DbWriter(dataSource);
        this.timestamps = db.connection.unwrap(BaseConnection.class).getTimestampUtils();
    }

    @Override
    public void statement(String sql, Object[] args) {
        Shape shape = shapes.computeIfAbsent(sql, this::shape);
        if (shape.plainInsert() && !keyed.contains(shape.table()) && CopyRows.copyable(args)) {
            CopyRows rows = copies.computeIfAbsent(shape.copySql(), s -> new CopyRows(s, timestamps));
            rows.add(args);
            copiedRows++;
            if (rows.size() >= COPY_BYTES) {
                copies.remove(shape.copySql());
                send(rows);
            }
            return;
        }
        for (String table : shape.tables()) {
            key(table);
        }
        queue(shape.stagingSql(), args);
    }

    @Override
    public void add(String platformId, PlatformTotal total, Money delta) {
        totals.add(platformId, total, delta);
        if (totals.platforms() > FOLDED_PLATFORMS) {
            sendTotals();
        }
    }

    @Override
    public void version(String platformId, long sequence, Instant at) {
        totals.version(platformId, sequence, at);
        if (totals.platforms() > FOLDED_PLATFORMS) {
            sendTotals();
        }
    }

    /** The folded totals and versions, then everything still buffered; returns once the database has it all. */
    void finish() {
        sendTotals();
        sendRun();
        copies.values().forEach(this::send);
        copies.clear();
        db.drain();
    }

    /**
     * Writes the folded totals and versions so far and starts folding afresh. Addition and "the highest version"
     * do not care how they are split, so this is the same whether it runs once at the end or, to bound the memory
     * of a programme of hundreds of thousands of platforms, every {@value #FOLDED_PLATFORMS} platforms.
     */
    private void sendTotals() {
        List<Object[]> sums = totals.totalRows();
        List<Object[]> versions = totals.versionRows();
        if (!sums.isEmpty() || !versions.isEmpty()) {
            key("platform");
            String addTotals = staging.rewrite(RunningTotals.ADD_TOTALS);
            String version = staging.rewrite(RunningTotals.VERSION);
            sums.forEach(args -> queue(addTotals, args));
            versions.forEach(args -> queue(version, args));
        }
        totals.clear();
    }

    /** Rows sent by COPY and statements run so far (handed over; {@link #finish()} waits for them). */
    String describe() {
        return copiedRows + " rows copied, " + statements + " statements, tables given their keys early: " + keyed;
    }

    Set<String> keyedTables() {
        return Set.copyOf(keyed);
    }

    private Shape shape(String sql) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher names = TABLE.matcher(sql);
        while (names.find()) {
            tables.add(names.group(1));
        }
        for (String table : tables) {
            if (!staging.tables().contains(table)) {
                throw new IllegalStateException("a projection writes read_model." + table + ", which is not in "
                        + "ReadModelReset.TABLES: the bulk rebuild cannot stage it");
            }
        }
        Matcher insert = PLAIN_INSERT.matcher(sql);
        if (insert.matches()) {
            String table = insert.group(1);
            String columns = insert.group(2).trim().replaceAll("\\s+", " ");
            return new Shape(table, "COPY " + staging.qualified(table) + " (" + columns + ") FROM STDIN", tables,
                    staging.rewrite(sql));
        }
        return new Shape(null, null, tables, staging.rewrite(sql));
    }

    /** From now on every write to {@code table} is a statement: its COPY rows go first, then its keys. */
    private void key(String table) {
        if (keyed.add(table)) {
            sendRun();
            List<String> pending = copies.keySet().stream()
                    .filter(copySql -> copySql.startsWith("COPY " + staging.qualified(table) + " ")).toList();
            pending.forEach(copySql -> send(copies.remove(copySql)));
            db.submit(c -> staging.addKeys(db.jdbc, table));
        }
    }

    private void queue(String sql, Object[] args) {
        if (!sql.equals(runSql)) {
            sendRun();
            runSql = sql;
        }
        run.add(args);
        statements++;
        if (run.size() >= RUN_ROWS) {
            sendRun();
        }
    }

    private void sendRun() {
        if (run.isEmpty()) {
            return;
        }
        String sql = runSql;
        List<Object[]> rows = run;
        run = new ArrayList<>();
        db.submit(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (Object[] args : rows) {
                    for (int i = 0; i < args.length; i++) {
                        // bound exactly as JdbcTemplate binds a processor batch's statements
                        StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, args[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    private void send(CopyRows rows) {
        db.submit(c -> {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(rows.copySql());
            try {
                copy.writeToCopy(rows.bytes(), 0, rows.size());
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }

    /** Database work in submission order, on one thread and one connection (autocommit: the tables are staging). */
    private static final class DbWriter {

        private interface Task {
            void run(Connection connection) throws SQLException;
        }

        private static final Task END = c -> { };

        private final Connection connection;
        /** The same connection, for the staging tables' DDL. */
        final JdbcTemplate jdbc;
        private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private volatile Throwable failure;
        private final Object done = new Object();
        private long submitted;
        private long completed;

        DbWriter(DataSource dataSource) throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            thread = new Thread(this::run, "read-model-bulk-load");
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Task task) {
            rethrow();
            synchronized (done) {
                submitted++;
            }
            try {
                while (!queue.offer(task, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the read models", e);
            }
        }

        /** Waits until every submitted task has run. */
        void drain() {
            synchronized (done) {
                while (completed < submitted && failure == null) {
                    try {
                        done.wait(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while loading the read models", e);
                    }
                }
            }
            rethrow();
        }

        private void run() {
            try {
                while (true) {
                    Task task = queue.take();
                    if (task == END) {
                        return;
                    }
                    if (failure == null) {
                        task.run(connection);
                    }
                    synchronized (done) {
                        completed++;
                        done.notifyAll();
                    }
                }
            } catch (Throwable e) {
                failure = e;
                synchronized (done) {
                    done.notifyAll();
                }
            }
        }

        private void rethrow() {
            Throwable e = failure;
            if (e != null) {
                throw new IllegalStateException("loading the staging tables failed: " + e.getMessage(), e);
            }
        }

        void close() {
            if (thread.isAlive()) {
                queue.clear();
                if (!queue.offer(END)) {
                    thread.interrupt();
                }
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // the rebuild has already succeeded or failed on its own account
            }
        }
    }
}
