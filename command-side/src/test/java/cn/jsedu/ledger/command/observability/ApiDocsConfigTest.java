package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.command.web.LedgerEntryController;
import cn.jsedu.ledger.command.web.request.Shapes;
import cn.jsedu.ledger.support.apidocs.ApiDocsConventions;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command side says in its API document, and that every command endpoint says what springdoc cannot see. */
class ApiDocsConfigTest {

    private static OpenAPI springdocLike() {
        Operation operation = new Operation().operationId("recordInstallment").summary("Record an installment that arrived")
                .tags(List.of("Ledger entries"))
                .responses(new ApiResponses().addApiResponse("201",
                        new io.swagger.v3.oas.models.responses.ApiResponse().description("Recorded")));
        OpenAPI api = new ApiDocsConfig().commandApi()
                .paths(new Paths().addPathItem("/api/v1/platforms/{platformId}/installments", new PathItem().post(operation)));
        api.getComponents().addSchemas("InstallmentRequest", new ObjectSchema()
                .addProperty("amount", new StringSchema().pattern(Shapes.MONEY)));
        return api;
    }

    @Test
    void addsWhatTheControllersCannotSay() {
        OpenAPI api = springdocLike();
        new ApiDocsConventions().customise(api);
        new ApiDocsConfig().commandRequestSchemas().customise(api);

        Operation operation = api.getPaths().get("/api/v1/platforms/{platformId}/installments").getPost();
        assertThat(operation.getResponses()).containsKeys("201", "400", "401", "403", "404", "409", "422", "503")
                .doesNotContainKey("200");
        assertThat(operation.getParameters()).extracting(p -> p.get$ref()).containsExactly(
                "#/components/parameters/CorrelationId", "#/components/parameters/IdempotencyKey");
        Schema<?> amount = (Schema<?>) api.getComponents().getSchemas().get("InstallmentRequest").getProperties().get("amount");
        assertThat(amount.getPattern()).isEqualTo("^" + Shapes.MONEY + "$");
        assertThat(amount.getExample()).isEqualTo("1500000.00");
        assertThat(api.getComponents().getSchemas().get("InstallmentRequest").getAdditionalProperties()).isEqualTo(false);
    }

    @Test
    void everyCommandEndpointNamesItsOperationTagAndSuccess() throws Exception {
        Set<String> operationIds = new HashSet<>();
        List<String> endpoints = new ArrayList<>();
        for (Class<?> controller : controllers()) {
            assertThat(controller.getAnnotation(Tag.class)).as(controller.getSimpleName()).isNotNull();
            assertThat(controller.getAnnotation(Tag.class).description()).isNotBlank();
            for (Method method : controller.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(PostMapping.class)) {
                    continue;
                }
                endpoints.add(method.getName());
                var operation = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                assertThat(operation).as(method.getName()).isNotNull();
                assertThat(operation.summary()).as(method.getName()).isNotBlank();
                assertThat(operationIds.add(operation.operationId())).as(operation.operationId()).isTrue();
                assertThat(AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ApiResponse.class))
                        .as(method.getName()).singleElement()
                        .satisfies(success -> assertThat(success.responseCode()).matches("20[012]"));
            }
        }
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(19);

        Method installment = LedgerEntryController.class.getMethod("recordInstallment", String.class,
                cn.jsedu.ledger.command.web.request.InstallmentRequest.class, jakarta.servlet.http.HttpServletRequest.class);
        assertThat(installment.getAnnotation(io.swagger.v3.oas.annotations.Operation.class).summary())
                .isEqualTo("Record an installment that arrived");
        assertThat(LedgerEntryController.class.getAnnotation(Tag.class).name()).isEqualTo("Ledger entries");
        assertThat(AnnotatedElementUtils.findMergedRepeatableAnnotations(installment, ApiResponse.class))
                .singleElement().satisfies(success -> assertThat(success.responseCode()).isEqualTo("201"));
    }

    @Test
    void everyErrorKindResponseListsItsCodes() {
        var responses = new ApiDocsConfig().commandApi().getComponents().getResponses();

        assertThat(responses.get("Rule").getDescription()).startsWith("422 ").contains("INSUFFICIENT_CASH_BALANCE");
        assertThat(responses.get("Conflict").getDescription()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(responses.get("Rule").getContent()).containsKey("application/problem+json");
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.jsedu.ledger.command.web")) {
            controllers.add(ClassUtils.forName(candidate.getBeanClassName(), ApiDocsConfigTest.class.getClassLoader()));
        }
        assertThat(controllers).hasSizeGreaterThanOrEqualTo(5);
        return controllers;
    }
}
