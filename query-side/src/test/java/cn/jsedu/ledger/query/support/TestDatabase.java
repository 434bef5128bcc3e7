package cn.jsedu.ledger.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM (zonky, random port, thrown away at exit) with the event store migrated from
 * shared-kernel's scripts, as the command side would. Spring tests point the query side at it with
 * {@link #register(DynamicPropertyRegistry)}; the query side then migrates its own read_model schema.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            postgres = startWithEventStore();
        }
        return postgres;
    }

    /** A new server, its event store migrated, stopped when the JVM exits. */
    static EmbeddedPostgres startWithEventStore() {
        EmbeddedPostgres started;
        try {
            started = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        Flyway.configure().dataSource(started.getPostgresDatabase()).schemas("event_store")
                .defaultSchema("event_store").locations("classpath:db/event-store").load().migrate();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // The JVM is going away; zonky cleans its temporary directory on its own.
            }
        }));
        return started;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /** A plain data source (no pool, autocommit) on the test database, for writers and readers outside Spring. */
    public static DataSource dataSource() {
        return postgres().getPostgresDatabase();
    }

    /** For {@code @DynamicPropertySource}: the query side's datasource and configuration file. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * A database of its own on the same server, its event store migrated: for a Spring context whose processors
     * must not meet those of the other test contexts. Contexts stay cached for the whole JVM and share its node id,
     * so on one token table they would all take the same segments as their own.
     */
    public static synchronized String separateDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        DataSource server = postgres().getPostgresDatabase();
        try (var connection = server.getConnection(); var statement = connection.createStatement();
             var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
                Flyway.configure().dataSource(postgres().getDatabase("postgres", name)).schemas("event_store")
                        .defaultSchema("event_store").locations("classpath:db/event-store").load().migrate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    /** A plain data source (no pool, autocommit) on a database of {@link #separateDatabase}. */
    public static DataSource dataSource(String database) {
        separateDatabase(database);
        return postgres().getDatabase("postgres", database);
    }

    /** For {@code @DynamicPropertySource}: the query side on a database of its own ({@link #separateDatabase}). */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> separateDatabase(database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
