package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the API's conventions to every operation springdoc found (see {@link ApiDocsConfig}). Idempotent:
 * springdoc may hand back a document it has already customised.
 */
final class ApiDocsConventions implements OpenApiCustomizer {

    /** What springdoc cannot see: a stable id, a summary, and the success status the endpoint really answers. */
    record Documented(String operationId, String summary, int status) {
    }

    /** The name and description of a controller's tag. */
    record TagText(String name, String description) {
    }

    private final Map<String, Documented> operations;
    private final Map<String, TagText> tags;
    private final List<ErrorKind> problems;

    /** Operations by {@code "METHOD /path"}, tag texts by springdoc's tag (the controller in kebab case). */
    ApiDocsConventions(Map<String, Documented> operations, Map<String, TagText> tags, List<ErrorKind> problems) {
        this.operations = operations;
        this.tags = tags;
        this.problems = problems;
    }

    @Override
    public void customise(OpenAPI api) {
        Map<String, Tag> used = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describe(method + " " + path, operation);
            if (operation.getTags() != null) {
                operation.setTags(operation.getTags().stream().map(name -> {
                    TagText tag = tag(name);
                    used.put(tag.name(), new Tag().name(tag.name()).description(tag.description()));
                    return tag.name();
                }).toList());
            }
            addParameter(operation, "CorrelationId");
            for (ErrorKind kind : problems) {
                operation.getResponses().putIfAbsent(String.valueOf(kind.httpStatus()),
                        new ApiResponse().$ref("#/components/responses/" + ProblemDocs.responseName(kind)));
            }
        }));
        api.setTags(new ArrayList<>(used.values()));
        if (api.getComponents().getSchemas() != null) {
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            api.getComponents().getSchemas().values().forEach(schema -> anchorPatterns(schema, seen));
        }
    }

    private void describe(String key, Operation operation) {
        Documented known = operations.get(key);
        if (known == null) {
            if (operation.getSummary() == null) {
                operation.setSummary(humanize(operation.getOperationId()));
            }
            return;
        }
        operation.setOperationId(known.operationId());
        operation.setSummary(known.summary());
        ApiResponses responses = operation.getResponses();
        ApiResponse success = responses.remove("200");
        if (success != null) {
            if (known.status() == 201) {
                success.setDescription("Created");
            }
            success.addHeaderObject(ProblemDocs.CORRELATION_HEADER,
                    new Header().$ref("#/components/headers/CorrelationId"));
            responses.addApiResponse(String.valueOf(known.status()), success);
        }
    }

    private TagText tag(String name) {
        TagText known = tags.get(name);
        if (known != null) {
            return known;
        }
        return tags.values().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> new TagText(name, "Endpoints of " + name));
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
