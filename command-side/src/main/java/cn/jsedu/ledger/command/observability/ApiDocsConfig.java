package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.command.web.CommandSubmitter;
import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The command API's OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). springdoc
 * reads the controllers and request records (Bean Validation patterns included); this adds what they do not say:
 * the conventions of API.md (money strings, Idempotency-Key, correlation ids, problem details), the security
 * schemes, and the real success statuses. A copy is committed in docs/openapi/ and linted in CI.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfig {

    static final String DESCRIPTION = """
            Writes of the platform grant ledger: each command appends immutable events to the event store, or is \
            refused with a problem detail and nothing recorded. Reads are on the query side.

            - Money is a decimal string in yuan with at most two fractional digits (`"1500000.00"`); a JSON number \
            is refused.
            - Every POST accepts an `Idempotency-Key`: the same key with the same body answers the first result again \
            and records nothing; with another body it is a 409 `IDEMPOTENCY_KEY_REUSED`.
            - A response carries `platformId`, the new `entryId` where one was created, and `version`, the platform's \
            event sequence number after the command; pass it as `minVersion` to a query to read your own write.
            - Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code` and `errors[]` \
            naming the fields. Bad input is a 4xx, never a 5xx.
            - `X-Correlation-Id` (optional, echoed back) ties the request to its log lines and its events' metadata.
            """;

    /** The problem responses every operation of this side may answer. */
    static final List<ErrorKind> PROBLEMS = List.of(ErrorKind.MALFORMED, ErrorKind.UNAUTHENTICATED, ErrorKind.FORBIDDEN,
            ErrorKind.NOT_FOUND, ErrorKind.CONFLICT, ErrorKind.RULE, ErrorKind.UNAVAILABLE);

    @Bean
    public OpenAPI commandApi() {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The demo users of the local profile"))
                .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("A JWT from the configured issuer, roles in its claims"))
                .addParameters("IdempotencyKey", new Parameter().in("header").name(CommandSubmitter.IDEMPOTENCY_HEADER)
                        .description("Makes a retry safe: the same key and body never record twice. 1-200 printable "
                                + "ASCII characters without spaces.")
                        .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,200}$").example("declare-JS-001-1")))
                .addParameters("CorrelationId", new Parameter().in("header").name(ProblemDocs.CORRELATION_HEADER)
                        .description("The caller's id for this request, echoed back and kept in the events' metadata")
                        .schema(new StringSchema().pattern("^[A-Za-z0-9._-]{1,64}$").example("req-7f3a")));
        ProblemDocs.addTo(components, PROBLEMS);
        return new OpenAPI()
                .info(new Info().title("Platform grant ledger: command API").version("v1").description(DESCRIPTION))
                // Relative: Swagger UI calls the service that served it, and the document has no host to drift.
                .servers(List.of(new Server().url("/").description("The command side that serves this document")))
                .components(components)
                .security(List.of(new SecurityRequirement().addList("basicAuth"),
                        new SecurityRequirement().addList("bearerAuth")));
    }

    @Bean
    public OpenApiCustomizer commandApiConventions() {
        return new ApiDocsConventions(CommandOperations.OPERATIONS, CommandOperations.TAGS,
                PROBLEMS);
    }
}
