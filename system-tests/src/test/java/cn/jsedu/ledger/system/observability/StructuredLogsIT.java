package cn.jsedu.ledger.system.observability;

import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the local profile the services log JSON lines (Elastic Common Schema) and every line logged while
 * serving a request carries its correlation id as a field: the one the server generated and sent back in
 * {@code X-Correlation-Id}, and the caller's own {@code X-Correlation-Id}, if it sent one, as {@code clientCorrelationId}.
 * A refused request is the probe: the denial is logged with the request's context, on either side.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineOfARequestCarriesItsCorrelationId(CapturedOutput output) throws IOException {
        LedgerSystem ledger = LedgerSystem.get();
        Api commandSide = ledger.commands;
        Api querySide = Services.anonymousQueries(ledger);

        Api.Response command = commandSide.send(HttpRequest.newBuilder(URI.create(commandSide.base()
                        + "/api/v1/platforms")).header("X-Correlation-Id", "obs-log-command")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        Api.Response query = querySide.send(HttpRequest.newBuilder(URI.create(querySide.base() + "/api/v1/platforms"))
                .header("X-Correlation-Id", "obs-log-query").GET());

        assertThat(command.status()).isEqualTo(401);
        assertThat(query.status()).isEqualTo(401);
        String commandId = command.raw().headers().firstValue("X-Correlation-Id").orElseThrow();
        String queryId = query.raw().headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(commandId).isNotEqualTo("obs-log-command");
        assertThat(queryId).isNotEqualTo("obs-log-query");
        List<JsonNode> lines = jsonLines(output.getAll());
        for (String[] ids : new String[][] {{commandId, "obs-log-command"}, {queryId, "obs-log-query"}}) {
            assertThat(lines).as("a JSON log line with correlationId " + ids[0]).anySatisfy(line -> {
                assertThat(line.path("correlationId").asText()).isEqualTo(ids[0]);
                assertThat(line.path("clientCorrelationId").asText()).isEqualTo(ids[1]);
                assertThat(line.path("log").path("level").asText()).isEqualTo("WARN");
                assertThat(line.path("message").asText()).contains("denied");
                assertThat(line.has("@timestamp")).isTrue();
            });
        }
    }

    private static List<JsonNode> jsonLines(String output) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
