package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The problem details of the OpenAPI document: one {@code Problem} schema (what QueryProblemAdvice and
 * DenialHandlers write) and one reusable response per {@link ErrorKind}, listing that kind's error codes from the
 * {@link ErrorCode} enum itself, so the document cannot forget a code.
 */
final class ProblemDocs {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private ProblemDocs() {
    }

    /** Component name of the response for a kind, e.g. {@code RULE} → {@code Rule}. */
    static String responseName(ErrorKind kind) {
        return Arrays.stream(kind.name().toLowerCase().split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    /** The schemas, and a response for each of the given kinds (an unused component fails the lint). */
    static void addTo(Components components, List<ErrorKind> kinds) {
        components.addHeaders("CorrelationId", new Header()
                .description("The request's correlation id: the client's X-Correlation-Id if well formed, else a new "
                        + "one. It is in every log line of the request; quote it when reporting a failure.")
                .schema(new StringSchema()));
        components.addSchemas("FieldProblem", new ObjectSchema()
                .description("One field to blame, as the client wrote its path")
                .addProperty("field", new StringSchema().example("plan[0].amount"))
                .addProperty("message", new StringSchema().example("must be a decimal string with at most 2 fractional digits"))
                .required(List.of("field", "message")));
        components.addSchemas("Problem", new ObjectSchema()
                .description("An RFC 9457 problem detail. Clients switch on `code`, never on `detail`.")
                .addProperty("type", new StringSchema().format("uri")
                        .example("urn:jsedu-ledger:problem:insufficient-cash-balance"))
                .addProperty("title", new StringSchema().description("The HTTP reason phrase")
                        .example("Unprocessable Entity"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty("code", new StringSchema().description("Stable error code")
                        ._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                .required(List.of("type", "title", "status", "detail", "instance", "code", "errors")));
        for (ErrorKind kind : kinds) {
            components.addResponses(responseName(kind), response(kind));
        }
    }

    private static ApiResponse response(ErrorKind kind) {
        String codes = Arrays.stream(ErrorCode.values()).filter(c -> c.kind() == kind).map(Enum::name)
                .collect(Collectors.joining(", "));
        return new ApiResponse()
                .description(kind.httpStatus() + " " + meaning(kind) + ". Codes: " + codes + ".")
                .addHeaderObject(CORRELATION_HEADER, new Header().$ref("#/components/headers/CorrelationId"))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static String meaning(ErrorKind kind) {
        return switch (kind) {
            case MALFORMED -> "Malformed request: an unknown or ill-typed parameter";
            case UNAUTHENTICATED -> "No valid credentials (HTTP Basic or a bearer JWT)";
            case FORBIDDEN -> "The role may not read this";
            case NOT_FOUND -> "No such platform, or it belongs to another college";
            case CONFLICT -> "Conflicts with the current state";
            case RULE -> "A rule of the programme is broken";
            case UNAVAILABLE -> "The read model has not reached minVersion in time, or the database is unreachable";
        };
    }
}
