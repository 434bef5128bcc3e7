package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.command.web.request.Shapes;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsConventionsTest {

    private static OpenAPI springdocLike() {
        Operation operation = new Operation().operationId("recordInstallment").tags(List.of("ledger-entry-controller"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        return new OpenAPI()
                .paths(new Paths().addPathItem("/api/v1/platforms/{platformId}/installments", new PathItem().post(operation)))
                .components(new Components().addSchemas("InstallmentRequest", new ObjectSchema()
                        .addProperty("amount", new StringSchema().pattern(Shapes.MONEY))));
    }

    @Test
    void addsWhatTheControllersCannotSay() {
        OpenAPI api = springdocLike();
        new ApiDocsConfig().commandApiConventions().customise(api);

        Operation operation = api.getPaths().get("/api/v1/platforms/{platformId}/installments").getPost();
        assertThat(operation.getSummary()).isEqualTo("Record an installment that arrived");
        assertThat(operation.getTags()).containsExactly("Ledger entries");
        assertThat(operation.getResponses()).containsKeys("201", "400", "401", "403", "404", "409", "422", "503")
                .doesNotContainKey("200");
        assertThat(operation.getParameters()).extracting(p -> p.get$ref()).containsExactly(
                "#/components/parameters/CorrelationId", "#/components/parameters/IdempotencyKey");
        Schema<?> amount = (Schema<?>) api.getComponents().getSchemas().get("InstallmentRequest").getProperties().get("amount");
        assertThat(amount.getPattern()).isEqualTo("^" + Shapes.MONEY + "$");
        assertThat(amount.getExample()).isEqualTo("1500000.00");
        assertThat(api.getComponents().getSchemas().get("InstallmentRequest").getAdditionalProperties()).isEqualTo(false);
        assertThat(api.getTags()).singleElement().satisfies(t -> assertThat(t.getDescription()).isNotBlank());
    }

    @Test
    void customisingTwiceChangesNothing() {
        OpenAPI once = springdocLike();
        new ApiDocsConfig().commandApiConventions().customise(once);
        String first = Json.pretty(once);
        new ApiDocsConfig().commandApiConventions().customise(once);

        assertThat(Json.pretty(once)).isEqualTo(first);
    }

    @Test
    void everyErrorKindResponseListsItsCodes() {
        Components components = new Components();
        ProblemDocs.addTo(components, ApiDocsConfig.PROBLEMS);

        assertThat(components.getResponses().get("Rule").getDescription()).startsWith("422 ")
                .contains("INSUFFICIENT_CASH_BALANCE");
        assertThat(components.getResponses().get("Conflict").getDescription()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(components.getResponses().get("Rule").getContent()).containsKey("application/problem+json");
    }
}
