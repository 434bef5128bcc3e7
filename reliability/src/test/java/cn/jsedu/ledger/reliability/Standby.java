package cn.jsedu.ledger.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot standby of a {@link Pg}, fed by PostgreSQL's own streaming replication, made with the embedded binaries
 * alone (they ship no pg_basebackup): a physical replication slot keeps the primary's WAL from the backup's start;
 * the low-level backup API ({@code pg_backup_start} / {@code pg_backup_stop}) brackets a file copy of the running
 * primary's data folder — what pg_basebackup does over the replication protocol — and {@code standby.signal} plus
 * {@code primary_conninfo} make the copy a standby that connects to the primary and streams from the slot.
 */
final class Standby implements AutoCloseable {

    static final String SLOT = "ledger_standby";

    /** Left out of the copy as pg_basebackup leaves them out: per-server runtime state, rebuilt at start. */
    private static final Set<String> CONTENTS_EXCLUDED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
    private static final Set<String> FILES_EXCLUDED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "standby.signal");

    private final Path dataDir;
    private final int port;
    private final EmbeddedPostgres postgres;

    private Standby(Path dataDir, int port, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.port = port;
        this.postgres = postgres;
    }

    /** Copies the running primary into {@code dataDir} and starts it there as a streaming standby. */
    static Standby of(Pg primary, Path dataDir) {
        try (Connection db = primary.connect(); Statement s = db.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            Path source;
            try (ResultSet rs = s.executeQuery("SHOW data_directory")) {
                rs.next();
                source = Path.of(rs.getString(1));
            }
            s.execute("SELECT pg_backup_start('ledger-standby', true)");
            copy(source, dataDir);
            String label;
            try (ResultSet rs = s.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                rs.next();
                label = rs.getString(1);
            }
            Files.writeString(dataDir.resolve("backup_label"), label, StandardCharsets.UTF_8);
            Files.writeString(dataDir.resolve("standby.signal"), "");
            String primaryPort = primary.url().replaceAll(".*:(\\d+)/.*", "$1");
            Files.writeString(dataDir.resolve("postgresql.auto.conf"), """
                    primary_conninfo = 'host=localhost port=%s user=postgres application_name=ledger-standby'
                    primary_slot_name = '%s'
                    """.formatted(primaryPort, SLOT), StandardOpenOption.APPEND);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = Pg.freePort();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPort(port).setPGStartupWait(Duration.ofMinutes(2))
                    // as many connections as the primary: a hot standby refuses to start with fewer
                    .setServerConfig("max_connections", "300")
                    // the standby tells the primary which rows its queries still see, so vacuum on the primary
                    // never cancels a stream's query on the standby (ADR 0009)
                    .setServerConfig("hot_standby_feedback", "on").start();
            return new Standby(dataDir, port, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    /** Stops applying WAL (it is still received): the standby's data stands still, as under a long replay delay. */
    void pauseReplay() throws SQLException {
        execute("SELECT pg_wal_replay_pause()");
    }

    void resumeReplay() throws SQLException {
        execute("SELECT pg_wal_replay_resume()");
    }

    /**
     * Ends recovery ({@code pg_promote}, waiting until it is done): the standby becomes a primary that accepts writes,
     * on the same port. Returns it as the cluster's primary; closing either closes the one server.
     */
    Pg promote() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_promote(true, 60)")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("the standby was not promoted within 60 s");
            }
        }
        return Pg.adopt(dataDir, port, postgres);
    }

    boolean inRecovery() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The last WAL position replayed here. */
    String replayed() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_last_wal_replay_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The never-skip stream's bound (ADR 0003) as this standby computes it from the transactions it replayed. */
    long snapshotXmin() throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** A copy of a data folder in use: files may grow or vanish meanwhile, which the WAL from the slot repairs. */
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
