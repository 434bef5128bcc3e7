package cn.jsedu.ledger.support.apidocs;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the API's conventions to every operation springdoc found, whatever its path: the correlation-id parameter,
 * the {@code Idempotency-Key} parameter on every POST of a side that declares it, a problem response for every
 * {@link ErrorKind} the side documents ({@link ProblemDocs}), the correlation-id header on every success, a summary
 * made from the method name where a controller gave none, tags sorted by name, and anchored patterns. What is
 * particular to an operation (its id, summary, tag and success status) is said by the controller's own annotations.
 * Idempotent: springdoc may hand back a document it has already customised.
 */
public class ApiDocsConventions implements OpenApiCustomizer {

    static final String CORRELATION_ID = "CorrelationId";
    /** The name of the parameter component a side declares if its POSTs take an {@code Idempotency-Key}. */
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    apply(components, method, operation)));
        }
        if (api.getTags() != null) {
            Map<String, Tag> byName = new TreeMap<>();
            api.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
            api.setTags(new ArrayList<>(byName.values()));
        }
        if (components.getSchemas() != null) {
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            components.getSchemas().values().forEach(schema -> anchorPatterns(schema, seen));
        }
    }

    private static void apply(Components components, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSummary() == null) {
            operation.setSummary(humanize(operation.getOperationId()));
        }
        if (declares(components.getParameters(), CORRELATION_ID)) {
            addParameter(operation, CORRELATION_ID);
        }
        if (method == PathItem.HttpMethod.POST && declares(components.getParameters(), IDEMPOTENCY_KEY)) {
            addParameter(operation, IDEMPOTENCY_KEY);
        }
        for (ErrorKind kind : ErrorKind.values()) {
            String name = ProblemDocs.responseName(kind);
            if (declares(components.getResponses(), name)) {
                operation.getResponses().putIfAbsent(String.valueOf(kind.httpStatus()),
                        new ApiResponse().$ref("#/components/responses/" + name));
            }
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.get$ref() == null) {
                response.addHeaderObject(ProblemDocs.CORRELATION_HEADER,
                        new Header().$ref("#/components/headers/" + CORRELATION_ID));
            }
        });
    }

    private static boolean declares(Map<String, ?> components, String name) {
        return components != null && components.containsKey(name);
    }

    private static void addParameter(Operation operation, String component) {
        String ref = "#/components/parameters/" + component;
        if (operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(p -> ref.equals(p.get$ref()))) {
            operation.addParametersItem(new Parameter().$ref(ref));
        }
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, a JSON Schema pattern any part of it: anchor them,
     * or the document would allow what the API refuses.
     */
    private static void anchorPatterns(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null) {
            schema.setPattern((pattern.startsWith("^") ? "" : "^") + pattern + (pattern.endsWith("$") ? "" : "$"));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> anchorPatterns(p, seen));
        }
        anchorPatterns(schema.getItems(), seen);
    }

    private static String humanize(String operationId) {
        if (operationId == null || operationId.isEmpty()) {
            return "Endpoint";
        }
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
