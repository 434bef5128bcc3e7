package cn.jsedu.ledger.query.console;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console talks to the command API as the logged-in user (Basic) with the form's Idempotency-Key, and brings
 * back either the new version or the API's problem detail field by field; an unreachable API is a clear refusal.
 */
class CommandApiClientTest {

    private HttpServer server;
    private final List<Map<String, String>> requests = new ArrayList<>();
    private int status;
    private String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(Map.of("path", exchange.getRequestURI().getPath(),
                    "authorization", exchange.getRequestHeaders().getFirst("Authorization"),
                    "key", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CommandApiClient client() {
        return new CommandApiClient("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @Test
    void sendsTheCommandAsTheUserWithTheFormsKeyAndReturnsTheVersion() {
        status = 201;
        answer = "{\"platformId\":\"JS-1\",\"entryId\":\"I-9\",\"version\":12}";
        CommandOutcome outcome = client().post("/api/v1/platforms/JS-1/installments", Map.of("amount", "1.00"),
                "console-key-1", new ConsoleCredentials("finance", "secret"));
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.version()).isEqualTo(12L);
        assertThat(outcome.entryId()).isEqualTo("I-9");
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.get("path")).isEqualTo("/api/v1/platforms/JS-1/installments");
            assertThat(r.get("authorization")).isEqualTo("Basic ZmluYW5jZTpzZWNyZXQ=");
            assertThat(r.get("key")).isEqualTo("console-key-1");
            assertThat(r.get("body")).isEqualTo("{\"amount\":\"1.00\"}");
        });
    }

    @Test
    void bringsBackTheProblemDetailFieldByField() {
        status = 400;
        answer = """
                {"type":"urn:jsedu-ledger:problem:validation-failed","status":400,"detail":"invalid fields: amount",
                 "code":"VALIDATION_FAILED","errors":[{"field":"amount","message":"must be a decimal string"}]}""";
        CommandOutcome outcome = client().post("/x", Map.of(), "k", new ConsoleCredentials("u", "p"));
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(outcome.detail()).isEqualTo("invalid fields: amount");
        assertThat(outcome.messagesFor("amount")).containsExactly("must be a decimal string");
    }

    @Test
    void anUnreachableCommandApiIsAClearRefusalNotAnError() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CommandOutcome outcome = new CommandApiClient("http://localhost:" + closed).post("/x", Map.of(), "k",
                new ConsoleCredentials("u", "p"));
        assertThat(outcome.status()).isEqualTo(503);
        assertThat(outcome.code()).isEqualTo(CommandOutcome.UNAVAILABLE);
        assertThat(new ConsoleCredentials("u", "p").toString()).doesNotContain("p]").contains("****");
    }
}
