package cn.jsedu.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for either side's API, as an outside client would use it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long a request may take before the test fails instead of hanging: most answer in milliseconds, but on a
     * busy machine (both cores taken by a parallel build, load average 50) QueryAuthorizationIT's requests and a
     * whole reconciliation of the shared system-test ledger took over 30 s.
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final String base;
    private final String authorization;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API as the given test user (see {@link TestUsers}; every password is "test"). */
    public Api as(String user) {
        return as(user, TestUsers.PASSWORD);
    }

    public Api as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public Api anonymous() {
        return new Api(base, null);
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String code() {
            return json().path("code").asText();
        }

        public long version() {
            return json().path("version").asLong(-1);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The response, if it has this status; else the test fails, showing what came instead. */
    public static Response expect(Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET());
    }

    /** Sends the request as this API's user. */
    public Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** Sends the request as it is, credentials included or not. */
    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
