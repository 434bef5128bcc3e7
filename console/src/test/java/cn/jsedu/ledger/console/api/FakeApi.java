package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.config.ApiClientConfig;
import cn.jsedu.ledger.console.config.ConsoleProperties;
import com.sun.net.httpserver.HttpServer;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server standing in for either API: answers every request with the status and body set last, and keeps
 * what it was sent (path and query, headers, body). The console's clients are built against it as in production
 * ({@link ApiClientConfig}).
 */
final class FakeApi implements AutoCloseable {

    record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile String contentType = "application/json";

    FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    FakeApi answers(int status, String body) {
        this.status = status;
        this.answer = body;
        this.contentType = status >= 400 ? "application/problem+json" : "application/json";
        return this;
    }

    FakeApi answersFile(String contentType, String body) {
        this.status = 200;
        this.answer = body;
        this.contentType = contentType;
        return this;
    }

    URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The console's settings with both APIs here, and this relay key. */
    ConsoleProperties properties(String relayKey) {
        return new ConsoleProperties(url(), url(), relayKey, true, ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 4);
    }

    QueryApi queryApi(String relayKey) {
        ConsoleProperties properties = properties(relayKey);
        ApiClientConfig config = new ApiClientConfig();
        return config.queryApi(RestClient.builder(), config.apiRequestFactory(properties), properties);
    }

    CommandApi commandApi(String relayKey) {
        ConsoleProperties properties = properties(relayKey);
        ApiClientConfig config = new ApiClientConfig();
        return config.commandApi(RestClient.builder(), config.apiRequestFactory(properties), properties);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
