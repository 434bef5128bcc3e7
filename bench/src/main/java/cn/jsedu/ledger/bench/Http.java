package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP/1.1 client, as an outside client of either side's API would use it; keeps connections alive. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * HTTP Basic credentials. The services run with the {@code local} profile (Apps.profiles), whose documented demo
     * users are the finance officer (provincial installments, reads) and a province administrator (rebuilds).
     * Override with BENCH_API_USER / BENCH_ADMIN_USER as {@code user:password}. A service without security ignores
     * the header.
     */
    private static final String API_CREDENTIALS = System.getenv().getOrDefault("BENCH_API_USER",
            "finance:finance-demo");
    private static final String USER = basic(API_CREDENTIALS);
    private static final String ADMIN = basic(System.getenv().getOrDefault("BENCH_ADMIN_USER", "admin1:admin1-demo"));

    /** {@code user:password} of the API user: the HTTP CRUD peer gets the same user (BCrypt hash and all). */
    static String apiCredentials() {
        return API_CREDENTIALS;
    }

    private static String basic(String credentials) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    record Response(int status, String body) {
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String url) {
        return request.header("Authorization", url.contains("/api/v1/admin/") ? ADMIN : USER);
    }

    private Http() {
    }

    static Response post(String url, String json, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = CLIENT.send(authorized(request, url).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static Response get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(authorized(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120)).GET(), url).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** POST that must answer {@code expected}; anything else is an error the client saw. */
    static String expect(int expected, String url, String json, String idempotencyKey) throws Exception {
        Response r = post(url, json, idempotencyKey);
        if (r.status() != expected) {
            throw new IllegalStateException(url + " answered " + r.status() + ": " + r.body());
        }
        return r.body();
    }

    static String expectGet(String url) throws Exception {
        Response r = get(url);
        if (r.status() != 200) {
            throw new IllegalStateException(url + " answered " + r.status() + ": " + r.body());
        }
        return r.body();
    }
}
