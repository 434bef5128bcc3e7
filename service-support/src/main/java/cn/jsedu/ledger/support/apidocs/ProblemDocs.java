package cn.jsedu.ledger.support.apidocs;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.error.ErrorKind;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The problem details of an OpenAPI document: one {@code Problem} schema (what {@code Problems} writes, whoever
 * refuses the request) and one reusable response per {@link ErrorKind} the side may answer, listing that kind's
 * error codes from the {@link ErrorCode} enum itself, so the document cannot forget a code.
 */
public final class ProblemDocs {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String CORRELATION_HEADER = CorrelationIdFilter.HEADER;

    private ProblemDocs() {
    }

    /** Component name of the response for a kind, e.g. {@code RULE} → {@code Rule}. */
    public static String responseName(ErrorKind kind) {
        return Arrays.stream(kind.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    /**
     * The schemas, the correlation-id header, and a response for each kind with what it means on this side (only
     * those: an unused component fails the lint).
     */
    public static void addTo(Components components, Map<ErrorKind, String> meanings, String correlationHeader) {
        components.addHeaders("CorrelationId", new Header().description(correlationHeader).schema(new StringSchema()));
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
                .addProperty("correlationId", new StringSchema().description("Quote it when reporting a failure"))
                .required(List.of("type", "title", "status", "detail", "instance", "code", "errors")));
        meanings.forEach((kind, meaning) -> components.addResponses(responseName(kind), response(kind, meaning)));
    }

    private static ApiResponse response(ErrorKind kind, String meaning) {
        String codes = Arrays.stream(ErrorCode.values()).filter(c -> c.kind() == kind).map(Enum::name)
                .collect(Collectors.joining(", "));
        return new ApiResponse()
                .description(kind.httpStatus() + " " + meaning + ". Codes: " + codes + ".")
                .addHeaderObject(CORRELATION_HEADER, new Header().$ref("#/components/headers/CorrelationId"))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
