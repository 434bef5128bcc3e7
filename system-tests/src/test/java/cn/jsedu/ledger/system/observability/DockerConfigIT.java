package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/ cannot run here (no Docker engine), so what can be checked offline is: the compose file hangs together,
 * its ports, Prometheus's targets, the Dockerfiles and the services' configured ports agree, Grafana's wiring
 * matches the compose mounts, and every metric the dashboard and the alerts query is one the services really
 * export, taken from a scrape of the running ledger.
 */
class DockerConfigIT {

    private static final Path DOCKER = ApiDocumentsIT.repositoryRoot().resolve("docker");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "offset", "and", "or", "unless");
    /** Series Prometheus makes itself for every target, not exported by the services. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @Test
    void composeHangsTogether() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yml"));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("postgres", "command-side", "query-side", "prometheus", "grafana");
        Set<String> volumes = map(compose.get("volumes")).keySet();
        services.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(service.containsKey("image") || service.containsKey("build")).as(name + " has image or build")
                    .isTrue();
            Object dependsOn = service.get("depends_on");
            List<String> dependencies = dependsOn instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList()
                    : dependsOn == null ? List.of() : ((List<?>) dependsOn).stream().map(String::valueOf).toList();
            assertThat(services.keySet()).as(name + " depends on").containsAll(dependencies);
            for (Object mount : (List<?>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(mount).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DOCKER.resolve(source).normalize()).as(name + " mounts").exists();
                } else {
                    assertThat(volumes).as(name + " uses volume").contains(source);
                }
            }
        });
    }

    @Test
    void portsAgreeAcrossServicesDockerfilesAndPrometheus() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose.yml")).get("services"));
        Map<String, Object> prometheus = yaml(DOCKER.resolve("prometheus/prometheus.yml"));
        for (String side : new String[] {"command-side", "query-side"}) {
            int port = defaultPort(ApiDocumentsIT.repositoryRoot().resolve(side + "/src/main/resources/" + side + ".yml"));
            assertThat(strings(map(services.get(side)).get("ports"))).as(side)
                    .contains(port + ":" + port);
            assertThat(Files.readString(DOCKER.resolve("Dockerfile." + side))).as(side).contains("EXPOSE " + port);
            Map<String, Object> job = ((List<?>) prometheus.get("scrape_configs")).stream().map(DockerConfigIT::map)
                    .filter(j -> side.equals(j.get("job_name"))).findFirst().orElseThrow();
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            assertThat(String.valueOf(map(((List<?>) job.get("static_configs")).get(0)).get("targets")))
                    .isEqualTo("[" + side + ":" + port + "]");
        }
        List<?> prometheusMounts = (List<?>) map(services.get("prometheus")).get("volumes");
        for (Object rules : (List<?>) prometheus.get("rule_files")) {
            assertThat(prometheusMounts).as("rule file mounted").anyMatch(m -> String.valueOf(m).contains(":" + rules + ":"));
        }
        assertThat(strings(map(services.get("prometheus")).get("ports"))).contains("9090:9090");
    }

    @Test
    void grafanaIsWiredToPrometheusAndItsDashboardFolder() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose.yml")).get("services"));
        Map<String, Object> datasource = map(((List<?>) yaml(DOCKER.resolve(
                "grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0));
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        Map<String, Object> provider = map(((List<?>) yaml(DOCKER.resolve(
                "grafana/provisioning/dashboards/ledger.yml")).get("providers")).get(0));
        String folder = String.valueOf(map(provider.get("options")).get("path"));
        assertThat(strings(map(services.get("grafana")).get("volumes"))).as("dashboards mounted where provisioned")
                .contains("./grafana/dashboards:" + folder + ":ro");
        JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("grafana/dashboards/ledger.json").toFile());
        dashboard.path("panels").forEach(panel -> {
            if (!"row".equals(panel.path("type").asText())) {
                assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                        .isEqualTo(datasource.get("uid"));
                assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            }
        });
    }

    @Test
    void everyMetricTheDashboardAndAlertsQueryIsExported() throws IOException {
        LedgerSystem ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        // so that counters created on first use (commands, money, Axon's command bus) are in the scrape
        commands.approvedPlatform("OBS-DOCKER-1", "8800000005");
        commands.installment("OBS-DOCKER-1", "I-D-1", "PROVINCIAL_FINANCE", "100.00", "2020-04-01");
        Set<String> exported = new TreeSet<>(Scrape.of(ledger.commands).names());
        exported.addAll(Scrape.of(Services.anonymousQueries(ledger)).names());

        Set<String> queried = new TreeSet<>();
        new ObjectMapper().readTree(DOCKER.resolve("grafana/dashboards/ledger.json").toFile()).path("panels")
                .forEach(panel -> panel.path("targets").forEach(t -> queried.addAll(metricNames(t.path("expr").asText()))));
        assertThat(queried).as("the dashboard queries the programme, commands and projection")
                .contains("ledger_programme_platforms", "ledger_programme_amount_yuan", "ledger_commands_total",
                        "ledger_projection_lag_seconds");
        for (Object group : (List<?>) yaml(DOCKER.resolve("prometheus/alerts.yml")).get("groups")) {
            for (Object rule : (List<?>) map(group).get("rules")) {
                queried.addAll(metricNames(String.valueOf(map(rule).get("expr"))));
            }
        }
        queried.removeAll(PROMETHEUS_OWN);
        assertThat(exported).as("metrics in /actuator/prometheus").containsAll(queried);
    }

    /** The metric names of a PromQL expression: no strings, label matchers, ranges, groupings or functions. */
    static List<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ").replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\()?").matcher(bare);
        while (m.find()) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The default of {@code server.port: ${ENV:8081}} in a service's yml. */
    private static int defaultPort(Path yml) throws IOException {
        String port = String.valueOf(map(yaml(yml).get("server")).get("port"));
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}|(\\d+)").matcher(port);
        assertThat(m.matches()).as(port).isTrue();
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
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
