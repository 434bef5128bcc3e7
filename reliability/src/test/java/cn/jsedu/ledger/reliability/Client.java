package cn.jsedu.ledger.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A well-behaved client of the command API: every command carries an Idempotency-Key, and while the outcome is
 * not definite (connection refused or reset, timeout, 5xx, 409 CONCURRENT_MODIFICATION) it retries the same
 * request with the same key on the next instance, until a deadline. So a command either is acknowledged once,
 * is refused, or is reported UNKNOWN — never silently doubled.
 */
final class Client {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> bases;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final AtomicInteger next = new AtomicInteger();

    Client(List<String> bases, Duration requestTimeout, Duration deadline) {
        this.bases = bases;
        this.requestTimeout = requestTimeout;
        this.deadline = deadline;
    }

    Outcome post(String path, String body, String key, String bearer, String platformId, String kind, long amountFen) {
        Instant until = Instant.now().plus(deadline);
        int attempts = 0;
        int lastStatus = 0;
        String lastCode = null;
        while (Instant.now().isBefore(until)) {
            attempts++;
            String base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(requestTimeout).header("Content-Type", "application/json").header("Authorization", bearer)
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                lastStatus = response.statusCode();
                JsonNode json = parse(response.body());
                lastCode = json.path("code").asText(null);
                if (lastStatus >= 200 && lastStatus < 300) {
                    return new Outcome(key, platformId, kind, amountFen, Outcome.Status.ACKED, lastStatus, null,
                            json.path("version").asLong(-1), attempts);
                }
                if (lastStatus >= 400 && lastStatus < 500 && !"CONCURRENT_MODIFICATION".equals(lastCode)) {
                    return new Outcome(key, platformId, kind, amountFen, Outcome.Status.REJECTED, lastStatus, lastCode, -1,
                            attempts);
                }
            } catch (IOException e) {
                lastStatus = -1;
                lastCode = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(Math.min(1000, 50L * attempts
                    + ThreadLocalRandom.current().nextInt(50))).toNanos());
        }
        return new Outcome(key, platformId, kind, amountFen, Outcome.Status.UNKNOWN, lastStatus, lastCode, -1, attempts);
    }

    /**
     * Sends the request and hangs up without reading the answer, like a client whose request timed out: the
     * server still handles and commits it.
     */
    static void sendAndHangUp(String base, String path, String body, String key, String bearer) throws IOException {
        URI uri = URI.create(base);
        byte[] content = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/json\r\nAuthorization: " + bearer + "\r\nIdempotency-Key: " + key
                + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
        }
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
