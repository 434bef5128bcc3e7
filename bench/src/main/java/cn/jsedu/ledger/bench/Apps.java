package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.query.QuerySideApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The command side and the query side as two Spring applications in this JVM (as system-tests runs them), on a
 * database of the run's PostgreSQL. Extra arguments are configuration properties ({@code --key=value}): the
 * peers and the tuning experiments are the product's own jars with other settings.
 */
final class Apps {

    /** Axon's defaults where the product sets its own (BENCHMARKS.md, "stock Axon"). */
    static final String[] STOCK_COMMAND = {
            "--ledger.axon.aggregate-cache=false", "--ledger.axon.snapshot-threshold=0",
            "--ledger.axon.event-batch-size=100", "--spring.datasource.hikari.maximum-pool-size=10"};

    /** A tracking processor, batch size 1, one thread and segment, on Axon's JDBC engine polling every second. */
    static final String[] STOCK_QUERY = {
            "--ledger.processors.source=stock",
            "--axon.eventhandling.processors.read-models.mode=tracking",
            "--axon.eventhandling.processors.read-models.source=stockEventSource",
            "--axon.eventhandling.processors.read-models.batch-size=1",
            "--axon.eventhandling.processors.read-models.thread-count=1",
            "--axon.eventhandling.processors.read-models.initial-segment-count=1",
            "--ledger.processors.fetch-size=100", "--ledger.processors.poll-interval=1s",
            "--spring.datasource.hikari.maximum-pool-size=10"};

    private Apps() {
    }

    static ConfigurableApplicationContext command(String url, String... extra) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME).run(args(url, extra));
    }

    static ConfigurableApplicationContext query(String url, String... extra) {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME).run(args(url, extra));
    }

    static CommandGateway gateway(ConfigurableApplicationContext command) {
        return command.getBean(CommandGateway.class);
    }

    static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    static void close(ConfigurableApplicationContext... apps) {
        for (ConfigurableApplicationContext app : apps) {
            if (app != null) {
                app.close();
            }
        }
    }

    /** Spring profiles of the services: {@code local} (its demo users, see Http), or BENCH_SPRING_PROFILES. */
    static List<String> profiles() {
        String profiles = System.getenv().getOrDefault("BENCH_SPRING_PROFILES", "local");
        return profiles.isBlank() ? List.of() : List.of("--spring.profiles.active=" + profiles);
    }

    private static String[] args(String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.cn.jsedu.ledger.query.readmodel=INFO"));
        args.addAll(profiles());
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}
