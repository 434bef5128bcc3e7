package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.config.ApiClientConfig;
import cn.jsedu.ledger.console.config.ConsoleProperties;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server standing in for either API: answers a request with what was set for the longest path prefix it
 * starts with (else with the status and body set last by {@link #answers}), and keeps what it was sent (path and
 * query, headers, body). The console's clients are built against it as in production ({@link ApiClientConfig}).
 */
public final class FakeApi implements AutoCloseable {

    public record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private record Answer(int status, String body, String contentType) {
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile String contentType = "application/json";

    /** A server for a test class's static field: failing to bind a local port is that class's error. */
    public static FakeApi started() {
        try {
            return new FakeApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the console application under test at this server, as both APIs, with password sign-in on. */
    public void serveTheConsole(DynamicPropertyRegistry properties) {
        properties.add("ledger.console.query-api-url", () -> url().toString());
        properties.add("ledger.console.command-api-url", () -> url().toString());
        properties.add("ledger.console.password-login", () -> "true");
    }

    public FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String path = exchange.getRequestURI().getPath();
            Answer given = byPath.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                    .orElse(new Answer(status, answer, contentType));
            byte[] bytes = given.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", given.contentType());
            exchange.sendResponseHeaders(given.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Requests whose path starts with {@code pathPrefix} get this answer. */
    public FakeApi answers(String pathPrefix, int status, String body) {
        byPath.put(pathPrefix, new Answer(status, body, status >= 400 ? "application/problem+json" : "application/json"));
        return this;
    }

    public FakeApi answers(int status, String body) {
        this.status = status;
        this.answer = body;
        this.contentType = status >= 400 ? "application/problem+json" : "application/json";
        return this;
    }

    /** Requests whose path starts with {@code pathPrefix} get this file. */
    public FakeApi answersFile(String pathPrefix, String contentType, String body) {
        byPath.put(pathPrefix, new Answer(200, body, contentType));
        return this;
    }

    public FakeApi answersFile(String contentType, String body) {
        this.status = 200;
        this.answer = body;
        this.contentType = contentType;
        return this;
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The console's settings with both APIs here, and this relay key. */
    ConsoleProperties properties(String relayKey) {
        return new ConsoleProperties(url(), url(), relayKey, true, ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 4);
    }

    public QueryApi queryApi(String relayKey) {
        ConsoleProperties properties = properties(relayKey);
        ApiClientConfig config = new ApiClientConfig();
        return config.queryApi(RestClient.builder(), config.apiRequestFactory(properties), properties);
    }

    CommandApi commandApi(String relayKey) {
        ConsoleProperties properties = properties(relayKey);
        ApiClientConfig config = new ApiClientConfig();
        return config.commandApi(RestClient.builder(), config.apiRequestFactory(properties), properties);
    }

    public void reset() {
        byPath.clear();
        received.clear();
        answers(200, "{}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
