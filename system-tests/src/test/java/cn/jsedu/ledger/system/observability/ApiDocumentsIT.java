package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.Commands;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents the services serve are the ones committed in docs/openapi/ (which CI lints with Redocly):
 * the build fails when the API changed and the copy did not. To accept a change, run this test with
 * {@code -Dledger.openapi.write=true}: it rewrites the copies, then review the diff. The fresh documents are always
 * left in {@code target/openapi/} for comparison. Also: the documents and Swagger UI need credentials, and the
 * success statuses they promise are the ones the API answers.
 */
class ApiDocumentsIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static LedgerSystem ledger;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
    }

    @Test
    void servedDocumentsAreTheCommittedOnes() throws IOException {
        Path committed = repositoryRoot().resolve("docs/openapi");
        Path fresh = Path.of("target/openapi");
        Files.createDirectories(fresh);
        List<String> drifted = new ArrayList<>();
        for (String side : new String[] {"command-side", "query-side"}) {
            Api api = side.equals("command-side") ? ledger.commands.as("auditor") : ledger.queries;
            String document = canonical(expect(api.get("/v3/api-docs"), 200).body());
            Files.writeString(fresh.resolve(side + ".json"), document, StandardCharsets.UTF_8);
            Path copy = committed.resolve(side + ".json");
            if (Boolean.getBoolean("ledger.openapi.write")) {
                Files.writeString(copy, document, StandardCharsets.UTF_8);
            }
            if (!Files.exists(copy) || !Files.readString(copy, StandardCharsets.UTF_8).equals(document)) {
                drifted.add(side);
            }
        }
        assertThat(drifted).as("OpenAPI documents differ from docs/openapi/ (fresh ones in system-tests/target/openapi/; "
                + "rerun with -Dledger.openapi.write=true to update the copies)").isEmpty();
    }

    @Test
    void documentsAndSwaggerUiAreForSignedInUsersOnly() {
        Api anonymous = ledger.commands;
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(Services.anonymousQueries(ledger).get("/swagger-ui/index.html").status()).isEqualTo(401);
        Api college = ledger.commands.as("college-8800000003");
        assertThat(college.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(college.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(ledger.queries.get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
        assertThat(ledger.queries.get("/swagger-ui.html").status()).isEqualTo(302);
    }

    @Test
    void documentedSuccessStatusesAreTheAnswersOfTheApi() {
        JsonNode paths = expect(ledger.commands.as("auditor").get("/v3/api-docs"), 200).json().path("paths");
        Commands commands = new Commands(ledger.commands);
        String p = "OBS-DOCS-1";
        // approvedPlatform asserts the real statuses of declaration (201), approval (200) and agreement (201)
        commands.approvedPlatform(p, "8800000004");
        int proposal = expect(commands.admin().post("/api/v1/platforms/" + p + "/suspension",
                "{\"reason\":\"资金到位滞后\",\"decisionRef\":\"苏教职〔2021〕9号\"}"), 202).status();

        assertThat(successOf(paths, "/api/v1/platforms")).isEqualTo("201");
        assertThat(successOf(paths, "/api/v1/platforms/{platformId}/approval")).isEqualTo("200");
        assertThat(successOf(paths, "/api/v1/platforms/{platformId}/agreements")).isEqualTo("201");
        assertThat(successOf(paths, "/api/v1/platforms/{platformId}/suspension")).isEqualTo(String.valueOf(proposal));
    }

    private static String successOf(JsonNode paths, String path) {
        List<String> codes = new ArrayList<>();
        paths.path(path).path("post").path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        assertThat(codes).as(path).hasSize(1);
        return codes.get(0);
    }

    /** Pretty and key-ordered, so the committed copy diffs line by line. */
    private static String canonical(String json) throws IOException {
        return JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/adr"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
