package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.StatementCreatorUtils;

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
 * <p>The database work runs on a few threads with a connection each, while the caller goes on with the next
 * events; a failure there fails the caller's next call. Each table belongs to one of them, which does that table's
 * work in the order it was handed over: tables are independent of one another (a statement naming two of them
 * waits until both are quiet), so their round trips overlap, and a run of identical statements on one table is
 * sent as one JDBC batch however other tables' statements interleave with it.
 */
final class BulkLoad implements ProjectionWrites, AutoCloseable {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "\\s*INSERT\\s+INTO\\s+read_model\\.(\\w+)\\s*\\(([^()]*)\\)\\s*VALUES\\s*\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile("\\bread_model\\.(\\w+)");
    private static final int COPY_BYTES = 1 << 20;
    private static final int RUN_ROWS = 1000;
    /** Threads (and connections) doing the database work; a table's work stays on one of them. */
    private static final int WRITERS = 3;
    private static final int FOLDED_PLATFORMS = 50_000;

    /** What a projection's SQL string is, worked out once per distinct string. */
    private record Shape(String table, String copySql, Set<String> tables, String stagingSql) {
        boolean plainInsert() {
            return copySql != null;
        }
    }

    /** A run of one identical statement on one table, sent as one JDBC batch. */
    private record Run(String sql, List<Object[]> rows) {
    }

    private final StagingTables staging;
    private final List<DbWriter> writers = new ArrayList<>();
    private final Map<String, DbWriter> writerOf = new HashMap<>();
    private final org.postgresql.jdbc.TimestampUtils timestamps;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, CopyRows> copies = new LinkedHashMap<>();
    private final Map<String, Run> runs = new HashMap<>();
    private final Set<String> keyed;
    private final RunningTotals totals = new RunningTotals();
    private final String addTotals;
    private final String setVersion;
    private long copiedRows;
    private long statements;

    /** Opens a connection for the database work. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * {@code keyed}: the staging tables that have their keys already (all of them once they are finished).
     * {@code connections} should not rewrite batched inserts into multi-row ones (a table's upserts are batched
     * together here, and one multi-row upsert may not touch a row twice); where they do, upserts go one by one.
     */
    BulkLoad(Connections connections, StagingTables staging, Set<String> keyed) throws SQLException {
        this.staging = staging;
        this.keyed = new HashSet<>(keyed);
        try {
            for (int i = 0; i < WRITERS; i++) {
                writers.add(new DbWriter(connections, i));
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
        this.timestamps = writers.get(0).connection.unwrap(BaseConnection.class).getTimestampUtils();
        this.addTotals = staging.rewrite(RunningTotals.ADD_TOTALS);
        this.setVersion = staging.rewrite(RunningTotals.VERSION);
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
                send(shape.table(), rows);
            }
            return;
        }
        for (String table : shape.tables()) {
            key(table);
        }
        statements++;
        if (shape.tables().size() == 1) {
            queue(shape.tables().iterator().next(), shape.stagingSql(), args);
        } else {
            // Rare (none today): after everything sent so far, on its own, before anything else.
            runs.keySet().stream().toList().forEach(this::sendRun);
            writers.forEach(DbWriter::drain);
            DbWriter writer = writers.get(0);
            writer.submit(writer.batch(shape.stagingSql(), List.<Object[]>of(args)));
            writer.drain();
        }
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
        runs.keySet().stream().toList().forEach(this::sendRun);
        copies.forEach((copySql, rows) -> send(tableOf(copySql), rows));
        copies.clear();
        writers.forEach(DbWriter::drain);
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
            sums.forEach(args -> queue("platform", addTotals, args));
            versions.forEach(args -> queue("platform", setVersion, args));
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

    private String tableOf(String copySql) {
        String qualified = copySql.substring("COPY ".length(), copySql.indexOf(' ', "COPY ".length()));
        return qualified.substring(qualified.indexOf('.') + 1);
    }

    /** The thread that does {@code table}'s work; tables are dealt out in the order they first appear. */
    private DbWriter writer(String table) {
        return writerOf.computeIfAbsent(table, t -> writers.get(writerOf.size() % writers.size()));
    }

    /** From now on every write to {@code table} is a statement: its COPY rows go first, then its keys. */
    private void key(String table) {
        if (keyed.add(table)) {
            List<String> pending = copies.keySet().stream()
                    .filter(copySql -> copySql.startsWith("COPY " + staging.qualified(table) + " ")).toList();
            pending.forEach(copySql -> send(table, copies.remove(copySql)));
            DbWriter writer = writer(table);
            writer.submit(c -> staging.addKeys(writer.jdbc, table));
        }
    }

    private void queue(String table, String sql, Object[] args) {
        Run run = runs.get(table);
        if (run != null && !run.sql().equals(sql)) {
            sendRun(table);
            run = null;
        }
        if (run == null) {
            run = new Run(sql, new ArrayList<>());
            runs.put(table, run);
        }
        run.rows().add(args);
        if (run.rows().size() >= RUN_ROWS) {
            sendRun(table);
        }
    }

    private void sendRun(String table) {
        Run run = runs.remove(table);
        if (run != null && !run.rows().isEmpty()) {
            DbWriter writer = writer(table);
            writer.submit(writer.batch(run.sql(), run.rows()));
        }
    }

    private void send(String table, CopyRows rows) {
        writer(table).submit(c -> {
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
        writers.forEach(DbWriter::close);
    }

    /** Database work in submission order, on one thread and one connection (autocommit: the tables are staging). */
    private static final class DbWriter {

        interface Task {
            void run(Connection connection) throws SQLException;
        }

        private static final Task END = c -> { };

        private final Connection connection;
        private final boolean rewritesBatches;
        /** The same connection, for the staging tables' DDL. */
        final JdbcTemplate jdbc;
        private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(16);
        private final Thread thread;
        private volatile Throwable failure;
        private final Object done = new Object();
        private long submitted;
        private long completed;

        DbWriter(Connections connections, int index) throws SQLException {
            connection = connections.open();
            connection.setAutoCommit(true);
            rewritesBatches = connection.unwrap(BaseConnection.class).getQueryExecutor()
                    .isReWriteBatchedInsertsEnabled();
            jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            thread = new Thread(this::run, "read-model-bulk-load-" + index);
            thread.setDaemon(true);
            thread.start();
        }

        /** A run of one statement as one JDBC batch: one round trip, the statements executed in order. */
        Task batch(String sql, List<Object[]> rows) {
            boolean oneByOne = rewritesBatches && sql.toUpperCase(java.util.Locale.ROOT).contains("ON CONFLICT");
            return c -> {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    for (Object[] args : rows) {
                        for (int i = 0; i < args.length; i++) {
                            // bound exactly as JdbcTemplate binds a processor batch's statements
                            StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN,
                                    args[i]);
                        }
                        if (oneByOne) {
                            statement.executeUpdate();
                        } else {
                            statement.addBatch();
                        }
                    }
                    if (!oneByOne) {
                        statement.executeBatch();
                    }
                }
            };
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
