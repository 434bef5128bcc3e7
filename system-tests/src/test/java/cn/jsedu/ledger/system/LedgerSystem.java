package cn.jsedu.ledger.system;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.console.ConsoleApplication;
import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.command.config.RolePasswords;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole ledger in one JVM for tests: one PostgreSQL, the command side and the query side as two separate
 * Spring applications talking only through the event store, each on its own HTTP port, both with the
 * {@link TestUsers}; and the browser console as a third, talking only to their APIs (ADR 0018), signing in against
 * them. Started once per JVM. The database is set up as in production (ADR 0011): the ledger's roles, the command
 * side running as ledger_command and migrating as ledger_owner, the query side as ledger_query.
 */
public final class LedgerSystem {

    /** The roles' passwords here (zonky trusts local connections, so they are not checked). */
    public static final RolePasswords ROLES = new RolePasswords("owner-test", "command-test", "query-test",
            "auditor-test");

    /** The scrape account's password on both services (user {@code prometheus}, role METRICS_READER). */
    public static final String SCRAPE_PASSWORD = "scrape-test";

    /** The secret the console sends with every API call so the services trust what it relays (ADR 0018). */
    public static final String RELAY_KEY = "system-test-relay-key";

    /**
     * How long a read with {@code minVersion} waits for the read model here (5 s in production). The tests read their
     * own writes, after restarts and catch-ups too, on a machine that may be busy with other builds; how soon the read
     * model catches up is the benchmark's to measure, not theirs to assert. Below the console's 30 s read timeout and the
     * API client's {@link cn.jsedu.ledger.testsupport.Api#REQUEST_TIMEOUT}, so a read the read model never catches up
     * with is still answered (503).
     */
    private static final String MIN_VERSION_TIMEOUT = "20s";

    /**
     * Every system test calls from 127.0.0.1, and many check that wrong credentials are refused (one unknown user per
     * row of the authorization grids): together they passed the production limit of 50 failed logins per address in
     * 15 minutes, and every later test of the run got 429 (seen when the grids gained rows). The throttle's limits
     * are tested on their own (LoginThrottleIT); here the address limit is out of the way, the per-user one stays.
     */
    private static final String ADDRESS_LIMIT = "--ledger.security.login-throttle.max-failures-per-address=1000000";

    private static LedgerSystem instance;

    public final EmbeddedPostgres postgres;
    public final ConfigurableApplicationContext commandSide;
    public final ConfigurableApplicationContext querySide;
    /** The browser console, a client of {@link #commandSide} and {@link #querySide}. */
    public final ConfigurableApplicationContext console;
    public final Api commands;
    public final Api queries;
    public final JdbcTemplate jdbc;
    /**
     * Checkpoint files ({@code checkpoints/}) and the signing keys ({@code keys/}): the query side's checkpoint key
     * and the command side's event-signing key side by side, as in the embedded default's data folder.
     */
    public final Path files;

    private LedgerSystem() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseRoles.apply(postgres.getPostgresDatabase(), ROLES);
        try {
            files = Files.createTempDirectory("ledger-system");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = url("postgres");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class, TestUsers.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + DatabaseRoles.COMMAND,
                        "--spring.datasource.password=" + ROLES.command(),
                        "--ledger.db.owner-username=" + DatabaseRoles.OWNER, "--ledger.db.owner-password=" + ROLES.owner(),
                        "--ledger.metrics.password=" + SCRAPE_PASSWORD, "--ledger.relay-key=" + RELAY_KEY,
                        ADDRESS_LIMIT,
                        "--ledger.event-signing.key-dir=" + files.resolve("keys"));
        querySide = startQuerySide(url, files.resolve("checkpoints"));
        console = new SpringApplicationBuilder(ConsoleApplication.class)
                .properties(ConsoleApplication.CONFIG_NAME)
                .run("--server.port=0", "--ledger.console.query-api-url=http://localhost:" + port(querySide),
                        "--ledger.console.command-api-url=http://localhost:" + port(commandSide),
                        "--ledger.console.password-login=true", "--ledger.console.relay-key=" + RELAY_KEY);
        commands = new Api(port(commandSide));
        // auditors read everything; tests that need another reader say so with as(...)
        queries = new Api(port(querySide)).as("auditor");
        jdbc = querySide.getBean(JdbcTemplate.class);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /**
     * A query side as ledger_query on a database of this server, signing with this system's checkpoint key and
     * verifying events with the command side's public key.
     */
    public ConfigurableApplicationContext startQuerySide(String url, Path checkpoints) {
        return new SpringApplicationBuilder(QuerySideApplication.class, TestUsers.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--ledger.query.min-version-timeout=" + MIN_VERSION_TIMEOUT,
                        "--spring.datasource.username=" + DatabaseRoles.QUERY,
                        "--spring.datasource.password=" + ROLES.query(),
                        "--ledger.checkpoints.dir=" + checkpoints, "--ledger.checkpoints.key-dir=" + files.resolve("keys"),
                        "--ledger.checkpoints.interval=0", "--ledger.metrics.password=" + SCRAPE_PASSWORD, ADDRESS_LIMIT,
                        "--ledger.relay-key=" + RELAY_KEY,
                        "--ledger.event-signing.public-keys=" + files.resolve("keys"));
    }

    /** The console's address, as a browser opens it. */
    public String consoleUrl() {
        return "http://localhost:" + port(console);
    }

    /** No user in the URL: the driver would prefer it to the configured one. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public static synchronized LedgerSystem get() {
        if (instance == null) {
            instance = new LedgerSystem();
        }
        return instance;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private void stop() {
        console.close();
        querySide.close();
        commandSide.close();
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away
        }
    }
}
