package cn.jsedu.ledger.query.observability;

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
 * The query API's OpenAPI 3 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). springdoc
 * reads the controllers and views; this adds the conventions of API.md (money strings, minVersion, time axes,
 * correlation ids, problem details), the security schemes and the summaries. A copy is committed in docs/openapi/
 * and linted in CI.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfig {

    static final String DESCRIPTION = """
            Reads of the platform grant ledger: read models projected from the event store, and audit views \
            replayed from the event store itself. Writes are on the command side.

            - Money is a decimal string in yuan with two fractional digits (`"1500000.00"`).
            - `minVersion=N` waits (bounded) until the read model has applied the platform's version `N`, the \
            `version` a command answered: read your own writes. Still behind after the wait: 503 \
            `READ_MODEL_BEHIND`, retry.
            - Two time axes: `asOf` (an effective date, `YYYY-MM-DD`) and `knownAt` (an ISO-8601 instant: as \
            recorded by then), so past reports can be reproduced exactly.
            - A college officer reads its own college's platform only; another college's platform is a 404.
            - Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.
            - `X-Correlation-Id` (optional, echoed back) ties the request to its log lines.
            """;

    /** The problem responses every operation of this side may answer. */
    static final List<ErrorKind> PROBLEMS = List.of(ErrorKind.MALFORMED, ErrorKind.UNAUTHENTICATED, ErrorKind.FORBIDDEN,
            ErrorKind.NOT_FOUND, ErrorKind.UNAVAILABLE);

    @Bean
    public OpenAPI queryApi() {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The demo users of the local profile"))
                .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("A JWT from the configured issuer, roles in its claims"))
                .addParameters("CorrelationId", new Parameter().in("header").name(ProblemDocs.CORRELATION_HEADER)
                        .description("The caller's id for this request, echoed back and written to the log lines")
                        .schema(new StringSchema().pattern("^[A-Za-z0-9._-]{1,64}$").example("req-7f3a")));
        ProblemDocs.addTo(components, PROBLEMS);
        return new OpenAPI()
                .info(new Info().title("Platform grant ledger: query API").version("v1").description(DESCRIPTION))
                // Relative: Swagger UI calls the service that served it, and the document has no host to drift.
                .servers(List.of(new Server().url("/").description("The query side that serves this document")))
                .components(components)
                .security(List.of(new SecurityRequirement().addList("basicAuth"),
                        new SecurityRequirement().addList("bearerAuth")));
    }

    @Bean
    public OpenApiCustomizer queryApiConventions() {
        return new ApiDocsConventions(QueryOperations.OPERATIONS, QueryOperations.TAGS,
                PROBLEMS);
    }
}
