package cn.jsedu.ledger.support.apidocs;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import java.util.List;
import java.util.Map;

/**
 * What a side says about its API in its OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): title, description, which side serves it, where the correlation id goes, and what each
 * problem kind it may answer means there. {@link #openApi()} adds what both sides share: both security schemes, the
 * correlation-id parameter and header, the problem responses, a relative server. springdoc reads the controllers
 * (with their {@code @Operation}, {@code @Tag} and {@code @ApiResponse}), then {@link ApiDocsConventions} applies
 * the conventions to every operation. A copy of each document is committed in docs/openapi/ and linted in CI.
 *
 * @param correlationIdParameter what the parameter description says the id is used for
 * @param correlationIdHeader    the description of the header every response carries
 * @param problems               the problem kinds the side answers, each with what it means there
 */
public record ApiDocument(String title, String description, String servedBy, String correlationIdParameter,
                          String correlationIdHeader, Map<ErrorKind, String> problems) {

    public OpenAPI openApi() {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The demo users of the local profile"))
                .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("A JWT from the configured issuer, roles in its claims"))
                .addParameters(ApiDocsConventions.CORRELATION_ID, new Parameter().in("header")
                        .name(CorrelationIdFilter.HEADER).description(correlationIdParameter)
                        .schema(new StringSchema().pattern("^[A-Za-z0-9._-]{1,64}$").example("req-7f3a")));
        ProblemDocs.addTo(components, problems, correlationIdHeader);
        return new OpenAPI()
                .info(new Info().title(title).version("v1").description(description))
                // Relative: Swagger UI calls the service that served it, and the document has no host to drift.
                .servers(List.of(new Server().url("/").description(servedBy)))
                .components(components)
                .security(List.of(new SecurityRequirement().addList("basicAuth"),
                        new SecurityRequirement().addList("bearerAuth")));
    }
}
