package cn.jsedu.ledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the console's forms to the command side's API, server to server, as the logged-in user (HTTP Basic with the
 * credentials kept in the session, see {@link ConsoleCredentials}) and with the form's Idempotency-Key, so the
 * command side applies exactly the rules, permissions and idempotency it applies to any other client.
 */
@Component
public class CommandApiClient {

    private static final Logger log = LoggerFactory.getLogger(CommandApiClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CommandApiClient(@Value("${ledger.console.command-api-url:http://localhost:${LEDGER_COMMAND_PORT:8081}}")
                            String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    /** POSTs {@code body} as JSON to {@code path} (e.g. /api/v1/platforms/X/installments). */
    public CommandOutcome post(String path, Object body, String idempotencyKey, ConsoleCredentials user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .header("Authorization", user.basicAuthorization())
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            log.warn("command API at {} not reachable: {}", base, e.toString());
            return unavailable("the command API at " + base + " is not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted while sending the command");
        }
    }

    static CommandOutcome outcome(int status, String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        if (status >= 200 && status < 300) {
            return new CommandOutcome(status, json.path("version").isNumber() ? json.path("version").asLong() : null,
                    json.path("entryId").asText(null), null, null, List.of());
        }
        List<CommandOutcome.FieldProblem> errors = new ArrayList<>();
        json.path("errors").forEach(e -> errors.add(new CommandOutcome.FieldProblem(e.path("field").asText(null),
                e.path("message").asText(""))));
        String detail = json.path("detail").asText(null);
        return new CommandOutcome(status, null, null, json.path("code").asText("HTTP_" + status),
                detail == null ? "HTTP " + status : detail, errors);
    }

    private static CommandOutcome unavailable(String detail) {
        return new CommandOutcome(503, null, null, CommandOutcome.UNAVAILABLE, detail, List.of());
    }

    public URI base() {
        return base;
    }
}
