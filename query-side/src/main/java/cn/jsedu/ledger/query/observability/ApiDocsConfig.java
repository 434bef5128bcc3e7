package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.error.ErrorKind;
import cn.jsedu.ledger.support.apidocs.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query API's OpenAPI document: what the query side says in it (service-support's {@link ApiDocument} and its
 * conventions add the rest; each controller names its operations and tag). Here: the conventions of docs/api.md
 * particular to reads (minVersion, the two time axes, what a college officer sees) and what each kind of problem
 * means for a query.
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

    /** The problem responses every operation of this side may answer, and what each means for a query. */
    static final Map<ErrorKind, String> PROBLEMS = problems();

    static final ApiDocument DOCUMENT = new ApiDocument("Platform grant ledger: query API", DESCRIPTION,
            "The query side that serves this document",
            "The caller's id for this request, echoed back and written to the log lines",
            "The request's correlation id: the client's X-Correlation-Id if well formed, else a new one. It is in "
                    + "every log line of the request; quote it when reporting a failure.",
            PROBLEMS);

    private static Map<ErrorKind, String> problems() {
        Map<ErrorKind, String> problems = new LinkedHashMap<>();
        problems.put(ErrorKind.MALFORMED, "Malformed request: an unknown or ill-typed parameter");
        problems.put(ErrorKind.UNAUTHENTICATED, "No valid credentials (HTTP Basic or a bearer JWT)");
        problems.put(ErrorKind.FORBIDDEN, "The role may not read this");
        problems.put(ErrorKind.NOT_FOUND, "No such platform, or it belongs to another college");
        problems.put(ErrorKind.THROTTLED, "Too many failed logins of this user or from this address: wait Retry-After seconds");
        problems.put(ErrorKind.UNAVAILABLE,
                "The read model has not reached minVersion in time, or the database is unreachable");
        return problems;
    }

    @Bean
    public OpenAPI queryApi() {
        return DOCUMENT.openApi();
    }
}
