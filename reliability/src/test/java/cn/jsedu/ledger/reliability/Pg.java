package cn.jsedu.ledger.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL (the zonky binaries) on a fixed data folder and port, so it can be crashed like a server
 * losing power ({@code pg_ctl stop -m immediate}: no shutdown checkpoint) and started again on the same data.
 */
final class Pg implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private Pg(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A server started elsewhere (a promoted {@link Standby}) taken on as the cluster's primary. */
    static Pg adopt(Path dataDir, int port, EmbeddedPostgres running) {
        Pg pg = new Pg(dataDir, port);
        pg.postgres = running;
        return pg;
    }

    static Pg start(Path dataDir) {
        Pg pg = new Pg(dataDir, freePort());
        pg.startServer();
        return pg;
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    /** Stops the server the hard way: what a crash leaves behind, recovered from the WAL at the next start. */
    void crash() {
        run(pgCtl().toString(), "-D", dataDir.toString(), "stop", "-m", "immediate", "-w");
        try {
            postgres.close();
        } catch (IOException | RuntimeException ignored) {
            // its own stop fails on a stopped server; closing releases the data folder's lock
        }
    }

    void restart() {
        startServer();
    }

    private void startServer() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("max_connections", "300").setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pg_ctl of the binaries zonky unpacked (under the temp folder), the newest if there are several. */
    private static Path pgCtl() {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"))) {
            return dirs.map(d -> d.resolve("bin/pg_ctl")).filter(Files::isExecutable)
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no unpacked PostgreSQL binaries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
