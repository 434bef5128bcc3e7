package cn.jsedu.ledger.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot standby of the run's {@link Pg}, fed by streaming replication, as ADR 0009 lays the query side out: the
 * processors stream events from it, the read models stay on the primary. Made as reliability's Standby makes one
 * (the same steps, copied: the bench must not depend on another module's test classes): the embedded binaries ship
 * no pg_basebackup, so a physical slot keeps the WAL from the backup's start and {@code pg_backup_start} /
 * {@code pg_backup_stop} bracket a file copy of the running primary's data folder.
 */
final class Standby implements AutoCloseable {

    static final String SLOT = "bench_standby";
    /** Its name in the primary's pg_stat_replication. */
    static final String APPLICATION = "bench-standby";

    private static final Set<String> CONTENTS_EXCLUDED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
    private static final Set<String> FILES_EXCLUDED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "standby.signal");

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    final long postmasterPid;

    private Standby(EmbeddedPostgres postgres, Path dataDir) throws SQLException {
        this.postgres = postgres;
        this.dataDir = dataDir;
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            postmasterPid = Cpu.parentOf(rs.getLong(1));
        }
    }

    /** Copies the running primary into {@code dataDir} (emptied first) and starts it there as a streaming standby. */
    static Standby of(Pg primary, Path dataDir) throws IOException, SQLException {
        delete(dataDir);
        try (Connection db = primary.connect("postgres"); Statement s = db.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            Path source;
            try (ResultSet rs = s.executeQuery("SHOW data_directory")) {
                rs.next();
                source = Path.of(rs.getString(1));
            }
            s.execute("SELECT pg_backup_start('bench-standby', true)");
            copy(source, dataDir);
            String label;
            try (ResultSet rs = s.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                rs.next();
                label = rs.getString(1);
            }
            Files.writeString(dataDir.resolve("backup_label"), label, StandardCharsets.UTF_8);
            Files.writeString(dataDir.resolve("standby.signal"), "");
            Files.writeString(dataDir.resolve("postgresql.auto.conf"), """
                    primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'
                    primary_slot_name = '%s'
                    """.formatted(primary.server.getPort(), APPLICATION, SLOT), StandardOpenOption.APPEND);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(port).setPGStartupWait(Duration.ofMinutes(5))
                // a hot standby refuses to start with fewer connections than its primary
                .setServerConfig("max_connections", "300")
                // vacuum on the primary never cancels a stream's query here (ADR 0009)
                .setServerConfig("hot_standby_feedback", "on").start();
        return new Standby(postgres, dataDir);
    }

    String url(String db) {
        return postgres.getJdbcUrl("postgres", db);
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(url(db), "postgres", "");
    }

    /** Replication as the primary sees it now: replay lag in milliseconds and WAL bytes not yet replayed. */
    static long[] lag(Connection primary) throws SQLException {
        try (Statement s = primary.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT coalesce(extract(epoch FROM replay_lag) * 1000, 0)::bigint,
                       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint
                FROM pg_stat_replication WHERE application_name = '""" + APPLICATION + "'")) {
            return rs.next() ? new long[]{rs.getLong(1), rs.getLong(2)} : null;
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = source.relativize(path);
                if (relative.toString().isEmpty() || skipped(relative)) {
                    continue;
                }
                Path to = target.resolve(relative.toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (NoSuchFileException gone) {
                    // removed while copying (a temporary file, a dropped relation): replay recreates what counts
                }
            }
        }
        Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
        // PostgreSQL refuses a data folder readable by others
        target.toFile().setReadable(false, false);
        target.toFile().setReadable(true, true);
        target.toFile().setExecutable(false, false);
        target.toFile().setExecutable(true, true);
    }

    private static boolean skipped(Path relative) {
        String first = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        return (relative.getNameCount() > 1 && CONTENTS_EXCLUDED.contains(first))
                || (relative.getNameCount() == 1 && FILES_EXCLUDED.contains(name)) || name.startsWith("pgsql_tmp");
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        delete(dataDir);
    }
}
