package cn.jsedu.ledger.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The ledger's two APIs as the demo uses them: HTTP Basic as the local profile's demo users (password
 * {@code <user>-demo}), JSON in and out, every POST with its Idempotency-Key.
 */
final class LedgerHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String problem() {
            StringBuilder text = new StringBuilder(status + " " + body.path("code").asText() + ": "
                    + body.path("detail").asText());
            body.path("errors").forEach(e -> text.append("; ").append(e.path("field").asText()).append(' ')
                    .append(e.path("message").asText()));
            return text.toString();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String commandUrl;
    private final String queryUrl;

    LedgerHttp(String commandUrl, String queryUrl) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
    }

    Answer post(Step step) throws IOException, InterruptedException {
        if (step.document() != null) {
            return send(HttpRequest.newBuilder(URI.create(commandUrl + step.path()))
                    .header("Content-Type", "application/octet-stream").header("Idempotency-Key", step.key())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(step.document())), step.user());
        }
        return post(step.user(), step.path(), step.body(), step.key());
    }

    Answer post(String user, String path, Object body, String key) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(commandUrl + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), user);
    }

    Answer query(String user, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(queryUrl + pathAndQuery)).GET(), user);
    }

    boolean healthy(String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String commandUrl() {
        return commandUrl;
    }

    String queryUrl() {
        return queryUrl;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode() : readTree(body));
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("detail", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }
}
