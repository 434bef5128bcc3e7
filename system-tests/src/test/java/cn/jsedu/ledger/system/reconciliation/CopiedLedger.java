package cn.jsedu.ledger.system.reconciliation;

import cn.jsedu.ledger.command.config.DatabaseMigrations;
import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Some platforms of the running ledger copied, event row for event row, into a database of their own (roles and
 * migrations as in production), with a query side of their own that projects them from scratch: read models that
 * can be damaged without touching the ledger the other tests share.
 */
final class CopiedLedger implements AutoCloseable {

    private static final String EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash, signed_from, "
            + "signature_key_id, signature";

    final String url;
    final ConfigurableApplicationContext querySide;
    /** The copy's query API, as an auditor. */
    final Api queries;

    private CopiedLedger(String url, ConfigurableApplicationContext querySide) {
        this.url = url;
        this.querySide = querySide;
        this.queries = new Api(port()).as("auditor");
    }

    /** The events of the platforms whose id starts with {@code prefix}, and a query side started with {@code args}. */
    static CopiedLedger of(LedgerSystem ledger, String database, String prefix, String... args) {
        new JdbcTemplate(ledger.postgres.getPostgresDatabase()).execute("CREATE DATABASE " + database);
        String url = ledger.url(database);
        DatabaseRoles.apply(dataSource(url, "postgres"), LedgerSystem.ROLES);
        DatabaseMigrations.migrate(dataSource(url, DatabaseRoles.OWNER));
        List<Object[]> rows = new ArrayList<>();
        int width = EVENT_COLUMNS.split(",").length;
        new JdbcTemplate(ledger.postgres.getPostgresDatabase()).query("SELECT " + EVENT_COLUMNS
                + " FROM event_store.domain_event_entry WHERE aggregate_identifier LIKE ? ORDER BY global_index", rs -> {
            Object[] row = new Object[width];
            for (int i = 0; i < width; i++) {
                row[i] = rs.getObject(i + 1);
            }
            rows.add(row);
        }, prefix + "%");
        new JdbcTemplate(dataSource(url, "postgres")).batchUpdate("INSERT INTO event_store.domain_event_entry ("
                + EVENT_COLUMNS + ") VALUES (" + "?, ".repeat(width - 1) + "?)", rows);
        Path files;
        try {
            files = Files.createTempDirectory("ledger-" + database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + DatabaseRoles.QUERY,
                "--spring.datasource.password=" + LedgerSystem.ROLES.query(),
                "--ledger.checkpoints.dir=" + files.resolve("checkpoints"),
                "--ledger.checkpoints.key-dir=" + files.resolve("keys"), "--ledger.checkpoints.interval=0",
                "--ledger.metrics.password=" + LedgerSystem.SCRAPE_PASSWORD));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext querySide = new SpringApplicationBuilder(QuerySideApplication.class,
                TestUsers.class).properties(QuerySideApplication.CONFIG_NAME).run(arguments.toArray(String[]::new));
        return new CopiedLedger(url, querySide);
    }

    JdbcTemplate as(String role) {
        return new JdbcTemplate(dataSource(url, role));
    }

    StreamingEventProcessor readModelProcessor() {
        return querySide.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    /** The copy's query side without credentials, as the probes reach it. */
    Api anonymous() {
        return new Api(port());
    }

    /** The copy's query side as Prometheus scrapes it (the scrape account). */
    Api scraper() {
        return new Api(port()).as("prometheus", LedgerSystem.SCRAPE_PASSWORD);
    }

    /** A platform's stored event rows, in sequence order. */
    List<StoredEventRow> rows(String platform) {
        return as("postgres").query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11)), platform);
    }

    @Override
    public void close() {
        querySide.close();
    }

    private int port() {
        return Integer.parseInt(querySide.getEnvironment().getProperty("local.server.port"));
    }

    private static PGSimpleDataSource dataSource(String url, String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(role);
        return source;
    }
}
