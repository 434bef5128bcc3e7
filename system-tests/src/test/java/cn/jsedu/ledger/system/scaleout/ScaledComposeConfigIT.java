package cn.jsedu.ledger.system.scaleout;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose-scaled.yml (ADR 0009) cannot run here (no Docker engine); checked offline as DockerConfigIT checks
 * compose.yml: it hangs together; the standby is made from the slot and role the primary's init creates; three command
 * sides behind a router that hashes the platform id consistently, at the port the command side listens on; two query
 * sides whose read models are on the primary and whose event stream is on the standby, under the setting names the
 * query side really reads; Prometheus scrapes every service and the router with the one metrics secret. What the
 * layout does at run time is ScaleOutSmokeIT's (reliability), against the same HAProxy backend section.
 */
class ScaledComposeConfigIT {

    private static final Path ROOT = repositoryRoot();
    private static final Path DOCKER = ROOT.resolve("docker");
    private static final List<String> COMMAND_SIDES = List.of("command-side-1", "command-side-2", "command-side-3");
    private static final List<String> QUERY_SIDES = List.of("query-side-1", "query-side-2");

    @Test
    void composeHangsTogether() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose-scaled.yml"));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("postgres-primary", "postgres-standby", "command-side-1", "command-side-2",
                "command-side-3", "router", "query-side-1", "query-side-2", "prometheus");
        var volumes = map(compose.get("volumes")).keySet();
        services.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(service.get("restart")).as(name + " restart policy").isEqualTo("unless-stopped");
            assertThat(service.containsKey("image") || service.containsKey("build")).as(name + " has image or build")
                    .isTrue();
            assertThat(services.keySet()).as(name + " depends on").containsAll(dependencies(service));
            for (String mount : strings(service.getOrDefault("volumes", List.of()))) {
                String source = mount.split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DOCKER.resolve(source).normalize()).as(name + " mounts").exists();
                } else {
                    assertThat(volumes).as(name + " uses volume").contains(source);
                }
            }
        });
        for (String side : COMMAND_SIDES) {
            assertThat(String.valueOf(map(map(services.get(side)).get("build")).get("dockerfile")))
                    .isEqualTo("docker/Dockerfile.command-side");
        }
        for (String side : QUERY_SIDES) {
            assertThat(String.valueOf(map(map(services.get(side)).get("build")).get("dockerfile")))
                    .isEqualTo("docker/Dockerfile.query-side");
        }
        // the first command side generates the event-signing key every command side shares; the others wait for it
        assertThat(dependencies(map(services.get("command-side-2")))).containsExactly("command-side-1");
        assertThat(dependencies(map(services.get("command-side-3")))).containsExactly("command-side-1");
    }

    @Test
    void theStandbyStreamsFromTheSlotAndRoleThePrimaryCreates() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose-scaled.yml")).get("services"));
        String init = Files.readString(DOCKER.resolve("postgres/replication/20-replication.sh"));
        String standby = Files.readString(DOCKER.resolve("postgres/standby/standby-entrypoint.sh"));
        Matcher slot = Pattern.compile("pg_create_physical_replication_slot\\('([a-z_]+)'\\)").matcher(init);
        assertThat(slot.find()).as("the primary creates a slot").isTrue();
        Matcher role = Pattern.compile("CREATE ROLE (\\w+) WITH LOGIN REPLICATION").matcher(init);
        assertThat(role.find()).as("the primary creates a replication role").isTrue();
        assertThat(init).contains("host replication " + role.group(1) + " all scram-sha-256");
        assertThat(standby).contains("pg_basebackup -h postgres-primary", "-U " + role.group(1), "-S " + slot.group(1),
                " -R ", "hot_standby=on", "hot_standby_feedback=on");

        Map<String, Object> primary = map(services.get("postgres-primary"));
        assertThat(strings(primary.get("volumes"))).anyMatch(v -> v.startsWith("./postgres/replication/20-replication.sh:"))
                .anyMatch(v -> v.startsWith("./postgres/init/10-ledger-roles.sh:"));
        assertThat(String.join(" ", strings(primary.get("command")))).contains("wal_level=replica");
        Map<String, Object> replica = map(services.get("postgres-standby"));
        assertThat(strings(replica.get("entrypoint"))).containsExactly("/standby/standby-entrypoint.sh");
        assertThat(healthyDependencies(replica)).containsExactly("postgres-primary");
        // one PostgreSQL major version, the one compose.yml (and so the embedded binaries, DockerConfigIT) uses
        String image = String.valueOf(map(map(yaml(DOCKER.resolve("compose.yml")).get("services")).get("postgres"))
                .get("image"));
        assertThat(primary.get("image")).isEqualTo(image);
        assertThat(replica.get("image")).isEqualTo(image);
    }

    @Test
    void commandsGoThroughARouterHashingThePlatformIdToEveryCommandSide() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose-scaled.yml")).get("services"));
        String haproxy = Files.readString(DOCKER.resolve("haproxy/haproxy.cfg"));
        int port = defaultPort("command-side");
        assertThat(haproxy).contains("balance hash path,field(5,/)", "hash-type consistent",
                "option httpchk GET /actuator/health/readiness", "bind :" + port);
        List<String> servers = new ArrayList<>();
        Matcher server = Pattern.compile("(?m)^\\s+server (\\S+) (\\S+):(\\d+) check$").matcher(haproxy);
        while (server.find()) {
            assertThat(server.group(1)).isEqualTo(server.group(2));
            assertThat(Integer.parseInt(server.group(3))).as(server.group(1)).isEqualTo(port);
            servers.add(server.group(1));
        }
        assertThat(servers).containsExactlyElementsOf(COMMAND_SIDES);
        Map<String, Object> router = map(services.get("router"));
        assertThat(strings(router.get("volumes"))).contains("./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat(strings(router.get("ports"))).containsExactly(port + ":" + port);
        for (String side : COMMAND_SIDES) {
            assertThat(map(services.get(side))).as(side + " is reached through the router only")
                    .doesNotContainKey("ports");
            assertThat(map(map(services.get(side)).get("environment")).get("SPRING_DATASOURCE_URL"))
                    .isEqualTo("jdbc:postgresql://postgres-primary:5432/ledger");
        }
    }

    @Test
    void querySidesKeepReadModelsOnThePrimaryAndStreamFromTheStandby() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose-scaled.yml")).get("services"));
        String queryConfig = Files.readString(ROOT.resolve("query-side/src/main/resources/query-side.yml"));
        int port = defaultPort("query-side");
        List<String> published = new ArrayList<>();
        for (String side : QUERY_SIDES) {
            Map<String, Object> service = map(services.get(side));
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres-primary:5432/ledger");
            assertThat(environment.get("LEDGER_EVENT_SOURCE_URL")).isEqualTo("jdbc:postgresql://postgres-standby:5432/ledger");
            for (String setting : List.of("LEDGER_EVENT_SOURCE_URL", "LEDGER_EVENT_SOURCE_USERNAME",
                    "LEDGER_EVENT_SOURCE_PASSWORD")) {
                assertThat(environment).containsKey(setting);
                assertThat(queryConfig).as("query-side.yml reads " + setting).contains("${" + setting + ":");
            }
            assertThat(healthyDependencies(service)).contains("postgres-primary", "postgres-standby", "command-side-1");
            String mapping = strings(service.get("ports")).get(0);
            assertThat(mapping).endsWith(":" + port);
            published.add(mapping.split(":")[0]);
        }
        assertThat(published).doesNotHaveDuplicates();
        // each query side has its own evidence folder (checkpoints), both the command sides' public signing keys
        assertThat(strings(map(services.get("query-side-1")).get("volumes")))
                .doesNotContainAnyElementsOf(strings(map(services.get("query-side-2")).get("volumes")).stream()
                        .filter(v -> v.endsWith(":/data")).toList());
    }

    @Test
    void prometheusScrapesEveryServiceAndTheRouterWithTheOneSecret() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose-scaled.yml"));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> prometheus = yaml(DOCKER.resolve("prometheus/prometheus-scaled.yml"));
        Map<String, List<String>> targets = new java.util.LinkedHashMap<>();
        for (Object each : (List<?>) prometheus.get("scrape_configs")) {
            Map<String, Object> job = map(each);
            targets.put(String.valueOf(job.get("job_name")),
                    strings(map(((List<?>) job.get("static_configs")).get(0)).get("targets")));
            if (job.containsKey("basic_auth")) {
                Map<String, Object> auth = map(job.get("basic_auth"));
                assertThat(auth.get("username")).isEqualTo("prometheus");
                String secret = String.valueOf(auth.get("password_file")).substring("/run/secrets/".length());
                assertThat(map(compose.get("secrets"))).containsKey(secret);
                assertThat(strings(map(services.get("prometheus")).get("secrets"))).contains(secret);
            }
        }
        assertThat(targets.get("command-side")).containsExactlyElementsOf(
                COMMAND_SIDES.stream().map(s -> s + ":" + defaultPort("command-side")).toList());
        assertThat(targets.get("query-side")).containsExactlyElementsOf(
                QUERY_SIDES.stream().map(s -> s + ":" + defaultPort("query-side")).toList());
        String haproxy = Files.readString(DOCKER.resolve("haproxy/haproxy.cfg"));
        Matcher metrics = Pattern.compile("frontend metrics\\s+bind :(\\d+)\\s+http-request use-service prometheus-exporter")
                .matcher(haproxy);
        assertThat(metrics.find()).as("the router exports its metrics").isTrue();
        assertThat(targets.get("router")).containsExactly("router:" + metrics.group(1));
        for (String side : java.util.stream.Stream.concat(COMMAND_SIDES.stream(), QUERY_SIDES.stream()).toList()) {
            Map<String, Object> service = map(services.get(side));
            assertThat(strings(service.get("secrets"))).contains("metrics_password");
            assertThat(map(service.get("environment")).get("LEDGER_METRICS_PASSWORD_FILE"))
                    .isEqualTo("/run/secrets/metrics_password");
        }
        assertThat(strings(map(services.get("prometheus")).get("volumes")))
                .contains("./prometheus/prometheus-scaled.yml:/etc/prometheus/prometheus.yml:ro");
    }

    private static List<String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        return dependsOn instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList()
                : dependsOn == null ? List.of() : strings(dependsOn);
    }

    private static List<String> healthyDependencies(Map<String, Object> service) {
        if (!(service.get("depends_on") instanceof Map<?, ?> conditions)) {
            return List.of();
        }
        return conditions.entrySet().stream().filter(e -> "service_healthy".equals(map(e.getValue()).get("condition")))
                .map(e -> String.valueOf(e.getKey())).toList();
    }

    /** The default of {@code server.port: ${ENV:8081}} in a service's yml. */
    private static int defaultPort(String side) {
        try {
            String port = String.valueOf(map(yaml(ROOT.resolve(side + "/src/main/resources/" + side + ".yml"))
                    .get("server")).get("port"));
            Matcher m = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}|(\\d+)").matcher(port);
            assertThat(m.matches()).as(port).isTrue();
            return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/adr"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
