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
 * serving a request carries its correlation id as a field: the caller's {@code X-Correlation-Id}, echoed back.
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
        assertThat(command.raw().headers().firstValue("X-Correlation-Id")).hasValue("obs-log-command");
        assertThat(query.raw().headers().firstValue("X-Correlation-Id")).hasValue("obs-log-query");
        List<JsonNode> lines = jsonLines(output.getAll());
        for (String correlationId : new String[] {"obs-log-command", "obs-log-query"}) {
            assertThat(lines).as("a JSON log line with correlationId " + correlationId).anySatisfy(line -> {
                assertThat(line.path("correlationId").asText()).isEqualTo(correlationId);
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
