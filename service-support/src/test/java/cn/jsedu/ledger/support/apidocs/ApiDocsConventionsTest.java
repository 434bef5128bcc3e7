package cn.jsedu.ledger.support.apidocs;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsConventionsTest {

    private static final String MONEY = "(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?";

    private static Map<ErrorKind, String> problems() {
        Map<ErrorKind, String> problems = new LinkedHashMap<>();
        problems.put(ErrorKind.MALFORMED, "Malformed");
        problems.put(ErrorKind.NOT_FOUND, "No such platform");
        problems.put(ErrorKind.RULE, "A rule is broken");
        return problems;
    }

    private static final ApiDocument DOCUMENT = new ApiDocument("Title", "What it is", "The side serving it",
            "The caller's id", "The request's id", problems());

    /** What springdoc hands over for a side whose POSTs take an Idempotency-Key: annotated operations, one GET. */
    private static OpenAPI springdocLike() {
        OpenAPI api = DOCUMENT.openApi();
        api.getComponents().addParameters(ApiDocsConventions.IDEMPOTENCY_KEY, new Parameter().in("header")
                .name("Idempotency-Key"));
        Operation post = new Operation().operationId("recordInstallment").summary("Record an installment")
                .tags(List.of("Ledger entries"))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Recorded")));
        Operation get = new Operation().operationId("getBalances").tags(List.of("Balances"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        api.getComponents().addSchemas("InstallmentRequest", new ObjectSchema()
                .addProperty("amount", new StringSchema().pattern(MONEY)));
        return api.paths(new Paths()
                        .addPathItem("/api/v1/platforms/{platformId}/installments", new PathItem().post(post))
                        .addPathItem("/api/v1/platforms/{platformId}/balances", new PathItem().get(get)))
                .tags(new ArrayList<>(List.of(new Tag().name("Ledger entries").description("Money in and out"),
                        new Tag().name("Balances").description("Where the money is"))));
    }

    @Test
    void everyOperationGetsTheConventions() {
        OpenAPI api = springdocLike();
        new ApiDocsConventions().customise(api);

        Operation post = api.getPaths().get("/api/v1/platforms/{platformId}/installments").getPost();
        assertThat(post.getSummary()).isEqualTo("Record an installment");
        assertThat(post.getResponses()).containsOnlyKeys("201", "400", "404", "422");
        assertThat(post.getResponses().get("422").get$ref()).isEqualTo("#/components/responses/Rule");
        assertThat(post.getResponses().get("201").getHeaders()).containsKey("X-Correlation-Id");
        assertThat(post.getParameters()).extracting(Parameter::get$ref).containsExactly(
                "#/components/parameters/CorrelationId", "#/components/parameters/IdempotencyKey");
        Operation get = api.getPaths().get("/api/v1/platforms/{platformId}/balances").getGet();
        assertThat(get.getSummary()).as("made from the operation id").isEqualTo("Get balances");
        assertThat(get.getParameters()).extracting(Parameter::get$ref)
                .containsExactly("#/components/parameters/CorrelationId");
        assertThat(get.getResponses().get("200").getHeaders()).containsKey("X-Correlation-Id");
        Schema<?> amount = (Schema<?>) api.getComponents().getSchemas().get("InstallmentRequest").getProperties().get("amount");
        assertThat(amount.getPattern()).isEqualTo("^" + MONEY + "$");
        assertThat(api.getTags()).extracting(Tag::getName).containsExactly("Balances", "Ledger entries");
    }

    @Test
    void aSideWithoutIdempotencyKeysGetsNoneOnItsPosts() {
        OpenAPI api = springdocLike();
        api.getComponents().getParameters().remove(ApiDocsConventions.IDEMPOTENCY_KEY);
        new ApiDocsConventions().customise(api);

        assertThat(api.getPaths().get("/api/v1/platforms/{platformId}/installments").getPost().getParameters())
                .extracting(Parameter::get$ref).containsExactly("#/components/parameters/CorrelationId");
    }

    @Test
    void customisingTwiceChangesNothing() {
        OpenAPI once = springdocLike();
        new ApiDocsConventions().customise(once);
        String first = Json.pretty(once);
        new ApiDocsConventions().customise(once);

        assertThat(Json.pretty(once)).isEqualTo(first);
    }

    @Test
    void everyErrorKindResponseListsItsCodes() {
        OpenAPI api = DOCUMENT.openApi();

        assertThat(api.getComponents().getResponses()).containsOnlyKeys("Malformed", "NotFound", "Rule");
        assertThat(api.getComponents().getResponses().get("Rule").getDescription())
                .isEqualTo("422 A rule is broken. Codes: " + codesOf(ErrorKind.RULE) + ".")
                .contains("INSUFFICIENT_CASH_BALANCE");
        assertThat(api.getComponents().getResponses().get("Rule").getContent()).containsKey("application/problem+json");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKey("correlationId");
    }

    private static String codesOf(ErrorKind kind) {
        return String.join(", ", java.util.Arrays.stream(cn.jsedu.ledger.kernel.error.ErrorCode.values())
                .filter(c -> c.kind() == kind).map(Enum::name).toList());
    }
}
