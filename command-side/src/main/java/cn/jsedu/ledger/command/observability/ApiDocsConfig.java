package cn.jsedu.ledger.command.observability;

import cn.jsedu.ledger.command.web.CommandSubmitter;
import cn.jsedu.ledger.command.web.request.Shapes;
import cn.jsedu.ledger.kernel.error.ErrorKind;
import cn.jsedu.ledger.support.apidocs.ApiDocsConventions;
import cn.jsedu.ledger.support.apidocs.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command API's OpenAPI document: what the command side says in it (service-support's {@link ApiDocument} and
 * {@link ApiDocsConventions} add the rest; each controller names its operations, tag and success status). Here:
 * the conventions of docs/api.md particular to writes (money strings, Idempotency-Key on every POST, strict request
 * bodies) and what each kind of problem means for a command.
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

    /** The problem responses every operation of this side may answer, and what each means for a command. */
    static final Map<ErrorKind, String> PROBLEMS = problems();

    static final ApiDocument DOCUMENT = new ApiDocument("Platform grant ledger: command API", DESCRIPTION,
            "The command side that serves this document",
            "The caller's id for this request, echoed back and kept in the events' metadata",
            "The request's correlation id: the client's X-Correlation-Id if well formed, else a new one. It is in "
                    + "every log line and every event the request caused.",
            PROBLEMS);

    private static Map<ErrorKind, String> problems() {
        Map<ErrorKind, String> problems = new LinkedHashMap<>();
        problems.put(ErrorKind.MALFORMED, "Malformed request: not JSON, an unknown or ill-typed field, a failed validation");
        problems.put(ErrorKind.UNAUTHENTICATED, "No valid credentials (HTTP Basic or a bearer JWT)");
        problems.put(ErrorKind.FORBIDDEN, "The role may not do this, or a second administrator must approve it");
        problems.put(ErrorKind.NOT_FOUND, "No such platform, or it belongs to another college");
        problems.put(ErrorKind.CONFLICT, "Conflicts with what exists: a taken id, a reused Idempotency-Key, a lost race");
        problems.put(ErrorKind.RULE, "A rule of the programme is broken; nothing was recorded");
        problems.put(ErrorKind.THROTTLED, "Too many failed logins of this user or from this address: wait Retry-After seconds");
        problems.put(ErrorKind.UNAVAILABLE,
                "The database is unreachable; the outcome is unknown, retry with the same Idempotency-Key");
        return problems;
    }

    @Bean
    public OpenAPI commandApi() {
        OpenAPI api = DOCUMENT.openApi();
        api.getComponents().addParameters(ApiDocsConventions.IDEMPOTENCY_KEY, new Parameter().in("header")
                .name(CommandSubmitter.IDEMPOTENCY_HEADER)
                .description("Makes a retry safe: the same key and body never record twice. 1-200 printable "
                        + "ASCII characters without spaces.")
                .schema(new StringSchema().pattern("^[\\x21-\\x7E]{1,200}$").example("declare-JS-001-1")));
        return api;
    }

    /** Request bodies: unknown fields are refused (docs/api.md), and money fields say what they are. */
    @Bean
    public OpenApiCustomizer commandRequestSchemas() {
        return CommandApiDocs::requestSchemas;
    }

    /** What the request records' annotations do not say, for every request body at once. */
    static final class CommandApiDocs {

        private CommandApiDocs() {
        }

        static void requestSchemas(OpenAPI api) {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            api.getComponents().getSchemas().forEach((name, schema) -> {
                if (name.endsWith("Request")) {
                    // Unknown JSON fields are refused; say so, so generated clients do not send them.
                    schema.setAdditionalProperties(false);
                }
                describeMoney(schema, seen);
            });
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void describeMoney(Schema<?> schema, Set<Schema<?>> seen) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            String pattern = schema.getPattern();
            // Before or after the shared conventions anchored it.
            if (pattern != null && (pattern.equals(Shapes.MONEY) || pattern.equals("^" + Shapes.MONEY + "$"))) {
                ((Schema) schema).setExample("1500000.00");
                if (schema.getDescription() == null) {
                    schema.setDescription("Money in yuan: a decimal string with at most 2 fractional digits");
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> describeMoney(p, seen));
            }
            describeMoney(schema.getItems(), seen);
        }
    }
}
