package cn.jsedu.ledger.query.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database of its own on the test JVM's one PostgreSQL server ({@link TestDatabase}), migrated as in production:
 * the event store from shared-kernel's scripts, then the query side's read_model schema from its own. Whoever owns
 * one sees no other test's rows, whatever the order or the timing of the tests.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final String TEMPLATE = "read_model_template";
    private static boolean templateMigrated;

    private final String name;
    private final HikariDataSource dataSource;

    private FreshDatabase(String name, HikariDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /**
     * Creates a new database named after {@code owner} (a test class) and a counter, as a copy of a template that
     * was migrated once per JVM (copying is much cheaper than migrating again).
     */
    public static FreshDatabase createFor(String owner) {
        String label = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        String name = "t%d_%s".formatted(CREATED.incrementAndGet(), label.substring(0, Math.min(40, label.length())));
        createMigrated(name);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(direct(name));
        pool.setPoolName(name);
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(1);
        return new FreshDatabase(name, new HikariDataSource(pool));
    }

    /** CREATE DATABASE needs the template to have no session: it is migrated over connections Flyway closes. */
    private static synchronized void createMigrated(String name) {
        if (!templateMigrated) {
            server().execute("CREATE DATABASE " + TEMPLATE);
            DataSource template = direct(TEMPLATE);
            Flyway.configure().dataSource(template).schemas("event_store").defaultSchema("event_store")
                    .locations("classpath:db/event-store").load().migrate();
            // as the query side's own Flyway does (query-side.yml: spring.flyway.*), in a history table of its own
            Flyway.configure().dataSource(template).schemas("read_model").defaultSchema("read_model")
                    .locations("classpath:db/read-model").load().migrate();
            templateMigrated = true;
        }
        server().execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    }

    private static DataSource direct(String database) {
        PGSimpleDataSource direct = new PGSimpleDataSource();
        PGSimpleDataSource shared = (PGSimpleDataSource) TestDatabase.dataSource();
        direct.setServerNames(shared.getServerNames());
        direct.setPortNumbers(shared.getPortNumbers());
        direct.setDatabaseName(database);
        direct.setUser("postgres");
        return direct;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        dataSource.close();
        server().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static JdbcTemplate server() {
        return new JdbcTemplate(TestDatabase.dataSource());
    }
}
