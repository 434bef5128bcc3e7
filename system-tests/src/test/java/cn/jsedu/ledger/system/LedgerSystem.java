package cn.jsedu.ledger.system;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.query.QuerySideApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The whole ledger in one JVM for tests: one PostgreSQL, the command side and the query side as two separate
 * Spring applications talking only through the event store, each on its own HTTP port, both with the
 * {@link TestUsers}. Started once per JVM.
 */
public final class LedgerSystem {

    private static LedgerSystem instance;

    public final EmbeddedPostgres postgres;
    public final ConfigurableApplicationContext commandSide;
    public final ConfigurableApplicationContext querySide;
    public final Api commands;
    public final Api queries;
    public final JdbcTemplate jdbc;

    private LedgerSystem() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = postgres.getJdbcUrl("postgres", "postgres");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class, TestUsers.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
        querySide = new SpringApplicationBuilder(QuerySideApplication.class, TestUsers.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
        commands = new Api(port(commandSide));
        // auditors read everything; tests that need another reader say so with as(...)
        queries = new Api(port(querySide)).as("auditor");
        jdbc = querySide.getBean(JdbcTemplate.class);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
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
        querySide.close();
        commandSide.close();
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away
        }
    }
}
