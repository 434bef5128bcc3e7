package cn.jsedu.ledger.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one PostgreSQL every figure of a run is measured on: the product's own embedded server (zonky, PostgreSQL
 * 14), durable like the product configures it (fsync, synchronous_commit and full_page_writes on). Each party gets
 * its own database on it, so baselines, peers and the product share the server, its WAL and its disk, and never
 * each other's tables.
 */
final class Pg implements AutoCloseable {

    static final String BASELINE = "baseline";
    static final String CRUD = "crud";
    static final String STOCK = "stock";
    static final String LEDGER = "ledger";
    static final String HTTP_CRUD = "http_crud";
    /** The programme-like store of S5, S4 and S9: platforms with hundreds of events of every type. */
    static final String HISTORY = "history";

    final EmbeddedPostgres server;
    final long postmasterPid;

    private Pg(EmbeddedPostgres server) throws SQLException {
        this.server = server;
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            for (String db : new String[]{BASELINE, CRUD, HTTP_CRUD, STOCK, LEDGER, HISTORY}) {
                s.execute("CREATE DATABASE " + db);
            }
            ResultSet rs = s.executeQuery("SELECT pg_backend_pid()");
            rs.next();
            postmasterPid = Cpu.parentOf(rs.getLong(1));
        }
    }

    static Pg start() throws IOException, SQLException {
        return new Pg(EmbeddedPostgres.builder()
                // zonky's own default is synchronous_commit=off; the product runs with it on, and so do we.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300")
                .start());
    }

    String url(String db) {
        return server.getJdbcUrl("postgres", db);
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(url(db) + "&reWriteBatchedInserts=true", "postgres", "");
    }

    HikariDataSource pool(String db, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(db));
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    String describe() throws SQLException {
        try (Connection c = connect(LEDGER); Statement s = c.createStatement()) {
            StringBuilder out = new StringBuilder();
            ResultSet rs = s.executeQuery("SELECT version()");
            rs.next();
            out.append(rs.getString(1).replaceAll(", compiled by.*", ""));
            for (String setting : new String[]{"fsync", "synchronous_commit", "full_page_writes", "shared_buffers",
                    "wal_level", "max_connections"}) {
                rs = s.executeQuery("SHOW " + setting);
                rs.next();
                out.append("; ").append(setting).append('=').append(rs.getString(1));
            }
            return out.toString();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
