package cn.jsedu.ledger.console.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * One of the two APIs as the console calls it: every call with the {@link ApiCall}'s credentials and relay headers;
 * a success's body as the asked type, anything else as an {@link ApiProblem} (never a default or an empty page).
 */
public final class ServiceApi {

    private static final Logger log = LoggerFactory.getLogger(ServiceApi.class);

    private final String name;
    private final RestClient http;
    private final String relayKey;
    private final URI base;

    public ServiceApi(String name, RestClient http, URI base, String relayKey) {
        this.name = name;
        this.http = http;
        this.base = base;
        this.relayKey = relayKey;
    }

    /** A JSON answer as {@code type}; a refusal or an unreachable service as an {@link ApiProblem}. */
    public <T> T get(Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type, ApiCall call) {
        try {
            return http.get().uri(uri).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> call.addHeaders(h, relayKey))
                    .exchange((request, response) -> {
                        if (response.getStatusCode().is2xxSuccessful()) {
                            return response.bodyTo(type);
                        }
                        throw ApiProblem.of(response.getStatusCode().value(), body(response.getBody()));
                    });
        } catch (ResourceAccessException e) {
            throw unreachable(e, call);
        }
    }

    public <T> T get(Function<UriBuilder, URI> uri, Class<T> type, ApiCall call) {
        return get(uri, ParameterizedTypeReference.forType(type), call);
    }

    /** A file as the API serves it (media type and file name included), or the API's refusal. */
    public record Download(MediaType mediaType, String contentDisposition, byte[] bytes) {
    }

    public Download download(Function<UriBuilder, URI> uri, ApiCall call) {
        try {
            return http.get().uri(uri).headers(h -> call.addHeaders(h, relayKey))
                    .exchange((request, response) -> {
                        byte[] bytes = response.getBody().readAllBytes();
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw ApiProblem.of(response.getStatusCode().value(), new String(bytes, StandardCharsets.UTF_8));
                        }
                        return new Download(response.getHeaders().getContentType(),
                                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), bytes);
                    });
        } catch (ResourceAccessException e) {
            throw unreachable(e, call);
        }
    }

    /** A POST's status and body, whatever the status: the caller reads success or problem from them. */
    public record Answer(int status, String body) {
    }

    /** POSTs {@code body} as JSON with the {@code Idempotency-Key}; an unreachable service as an {@link ApiProblem}. */
    public Answer post(String path, Object body, String idempotencyKey, ApiCall call) {
        try {
            return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> {
                        call.addHeaders(h, relayKey);
                        h.set("Idempotency-Key", idempotencyKey);
                    })
                    .body(body)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(), body(response.getBody())));
        } catch (ResourceAccessException e) {
            throw unreachable(e, call);
        }
    }

    /**
     * POSTs a file's bytes as they were uploaded (the API decides the type from them); any answer, refusals included,
     * as status and body, an unreachable service as an {@link ApiProblem}.
     */
    public Answer postFile(String path, byte[] file, ApiCall call) {
        return postFile(http.post().uri(path), file, call);
    }

    /** {@link #postFile(String, byte[], ApiCall)} to a URI built here (query values encoded by the builder). */
    public Answer postFile(Function<UriBuilder, URI> uri, byte[] file, ApiCall call) {
        return postFile(http.post().uri(uri), file, call);
    }

    private Answer postFile(RestClient.RequestBodySpec to, byte[] file, ApiCall call) {
        try {
            return to.contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> call.addHeaders(h, relayKey))
                    .body(file)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(), body(response.getBody())));
        } catch (ResourceAccessException e) {
            throw unreachable(e, call);
        }
    }

    public URI base() {
        return base;
    }

    private ApiProblem unreachable(ResourceAccessException e, ApiCall call) {
        log.warn("{} at {} not reachable (correlation {}): {}", name, base, call.correlationId(), e.getMessage());
        return ApiProblem.unavailable(name + " at " + base, e);
    }

    private static String body(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
