package cn.jsedu.ledger.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every operation of both APIs, read from the committed OpenAPI documents ({@code docs/openapi/}, equal to what the
 * services serve: ApiDocumentsIT), so an endpoint added to either API is fuzzed without touching the fuzzer; plus
 * the actuator endpoints, which the documents leave out.
 */
final class ApiEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The actuator endpoints both services expose (README "Operate it"). */
    private static final List<String> ACTUATOR = List.of("/actuator/health", "/actuator/health/readiness",
            "/actuator/health/liveness", "/actuator/info", "/actuator/prometheus", "/actuator/sbom",
            "/actuator/sbom/application");

    private static final List<Endpoint> ALL = read();

    private ApiEndpoints() {
    }

    static List<Endpoint> all() {
        return ALL;
    }

    /** The methods documented for the endpoint's path on its side. */
    static java.util.Set<String> methodsOf(Endpoint endpoint) {
        java.util.Set<String> methods = new java.util.HashSet<>();
        for (Endpoint other : ALL) {
            if (other.side() == endpoint.side() && other.path().equals(endpoint.path())) {
                methods.add(other.method());
            }
        }
        return methods;
    }

    private static List<Endpoint> read() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(read(Endpoint.Side.COMMAND, document("command-side.json")));
        endpoints.addAll(read(Endpoint.Side.QUERY, document("query-side.json")));
        for (Endpoint.Side side : Endpoint.Side.values()) {
            for (String path : ACTUATOR) {
                endpoints.add(new Endpoint(side, "GET", path, List.of(), null, false));
            }
        }
        return List.copyOf(endpoints);
    }

    private static JsonNode document(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/openapi"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
        }
        Path path = dir.resolve("docs/openapi").resolve(name);
        try {
            return JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    private static List<Endpoint> read(Endpoint.Side side, JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                List<Endpoint.Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    JsonNode resolved = resolve(document, parameter);
                    String in = resolved.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(new Endpoint.Parameter(resolved.path("name").asText(), in.equals("path"),
                                resolved.path("required").asBoolean(false), resolve(document, resolved.path("schema"))));
                    }
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                JsonNode body = schema.isMissingNode() ? null : resolveAll(document, schema);
                boolean records = side == Endpoint.Side.COMMAND && method.equals("POST");
                endpoints.add(new Endpoint(side, method, path.getKey(), List.copyOf(parameters), body, records));
            }
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            at = document.at(at.path("$ref").asText().substring(1));
        }
        return at;
    }

    /** The schema with every {@code $ref} replaced by what it names (the request schemas have no cycles). */
    private static JsonNode resolveAll(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema).deepCopy();
        if (resolved instanceof ObjectNode object) {
            if (object.has("properties")) {
                ObjectNode properties = (ObjectNode) object.get("properties");
                properties.fieldNames().forEachRemaining(name ->
                        properties.set(name, resolveAll(document, properties.get(name))));
            }
            if (object.has("items")) {
                object.set("items", resolveAll(document, object.get("items")));
            }
        }
        return resolved;
    }
}
