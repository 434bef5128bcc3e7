package cn.jsedu.ledger.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger as operators run it, on one machine: one PostgreSQL, N command-side and M query-side JVMs, all
 * configured by environment like production (database URL, JWT public key), none of them embedded.
 */
final class Cluster implements AutoCloseable {

    /**
     * How long a service may take to start: a bound, not a goal. 6 minutes by default (on the shared 2-core machine
     * under other jobs a JVM has needed more than 3), or -Dreliability.startup-seconds.
     */
    static final Duration STARTUP = Duration.ofSeconds(Long.getLong("reliability.startup-seconds", 360));

    final Path dir;
    /** The primary; after a failover (ScaleOutSmokeIT) the promoted standby. */
    volatile Pg pg;
    final Tokens tokens;
    final List<Service> commandSides = new ArrayList<>();
    final List<Service> querySides = new ArrayList<>();
    /** Where clients send commands when a router stands in front of the command sides (ScaleOutSmokeIT). */
    volatile String router;

    private Cluster(Path dir) {
        this.dir = dir;
        this.pg = Pg.start(dir.resolve("postgres"));
        this.tokens = new Tokens(dir);
    }

    static Cluster start(String scenario, int commandSides, int querySides) {
        Path dir = Path.of(System.getProperty("reliability.out", "target/reliability")).resolve(scenario);
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cluster cluster = new Cluster(dir);
        try {
            // the first command side migrates the schemas; the others then start in parallel
            cluster.addCommandSide().awaitHealthy(STARTUP);
            List<Service> rest = new ArrayList<>();
            for (int i = 1; i < commandSides; i++) {
                rest.add(cluster.addCommandSide());
            }
            for (int i = 0; i < querySides; i++) {
                rest.add(cluster.addQuerySide());
            }
            rest.forEach(s -> s.awaitHealthy(STARTUP));
            return cluster;
        } catch (RuntimeException e) {
            // the caller never gets the cluster to close: stop what was started, or its JVMs outlive the test
            cluster.close();
            throw e;
        }
    }

    Service addCommandSide() {
        String name = "command-" + (commandSides.size() + 1);
        Service service = new Service(name, "command-side", environment("command", name), dir.resolve("logs")).start();
        commandSides.add(service);
        return service;
    }

    Service addQuerySide() {
        return addQuerySide(Map.of());
    }

    /** A query side with settings of its own on top of the cluster's (e.g. a standby to stream from). */
    Service addQuerySide(Map<String, String> settings) {
        String name = "query-" + (querySides.size() + 1);
        Map<String, String> env = environment("query", name);
        env.putAll(settings);
        Service service = new Service(name, "query-side", env, dir.resolve("logs")).start();
        querySides.add(service);
        return service;
    }

    /** The folder of the command sides' event-signing key pair (ADR 0010). */
    Path eventKeys() {
        return dir.resolve("command-data").resolve("keys");
    }

    List<String> commandBases() {
        if (router != null) {
            return List.of(router);
        }
        return commandSides.stream().map(Service::base).toList();
    }

    /** The query sides that are running, for reads. */
    List<String> queryBases() {
        return querySides.stream().filter(Service::alive).map(Service::base).toList();
    }

    private Map<String, String> environment(String side, String name) {
        Map<String, String> env = new HashMap<>();
        // each service's connections carry its name (pg_stat_activity.application_name): a scenario can see which
        // instance a transaction belongs to
        env.put("SPRING_DATASOURCE_URL", pg.url() + "?ApplicationName=" + name);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", "file:" + tokens.publicKeyPem);
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        env.put("LEDGER_DATA_DIR", dir.resolve(side + "-data").toString());
        // The command sides generate their event-signing key on first start; the query sides verify with its public key.
        env.put("LEDGER_EVENT_SIGNING_PUBLIC_KEYS", eventKeys().toString());
        return env;
    }

    @Override
    public void close() {
        querySides.forEach(Service::stop);
        commandSides.forEach(Service::stop);
        try {
            pg.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort: a crashed server may already be gone
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
