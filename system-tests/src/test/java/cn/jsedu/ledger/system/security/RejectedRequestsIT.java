package cn.jsedu.ledger.system.security;

import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.RawHttp;
import cn.jsedu.ledger.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller sees them (Spring Security's firewall, Tomcat's own parsing of the request
 * line, headers and percent-encoding) answer, on both services, a 400 problem detail with the stable code and the
 * correlation id, like every other refusal; they are logged at WARN at most, never as an ERROR with a stack trace.
 * Text that strict parsers refuse is refused in query parameters and path ids too, naming the parameter.
 */
@ExtendWith(OutputCaptureExtension.class)
class RejectedRequestsIT {

    private static LedgerSystem ledger;

    @BeforeAll
    static void start() {
        ledger = LedgerSystem.get();
    }

    private static Map<String, RawHttp> sides() {
        Map<String, RawHttp> sides = new LinkedHashMap<>();
        sides.put("command side", new RawHttp(port(ledger.commandSide)));
        sides.put("query side", new RawHttp(port(ledger.querySide)));
        return sides;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static void assertProblem400(String what, RawHttp.Response response) {
        assertThat(response.status()).as(what + ": " + response).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(what + ": " + response).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).as(what).isEqualTo("MALFORMED_REQUEST");
        assertThat(response.json().path("status").asInt()).as(what).isEqualTo(400);
        String correlationId = response.json().path("correlationId").asText();
        assertThat(correlationId).as(what + " correlation id").isNotBlank();
        assertThat(response.header("X-Correlation-Id")).as(what + " correlation header").isEqualTo(correlationId);
    }

    @Test
    void everyRejectedRequestIsA400ProblemLoggedAtWarnAtMost(CapturedOutput output) {
        int linesBefore = output.getAll().split("\n").length;
        String admin = RawHttp.basic("admin1", TestUsers.PASSWORD);
        sides().forEach((side, http) -> {
            // UTF-8 bytes in a header value: Spring Security's firewall refuses them (anonymous, health)
            assertProblem400(side + " non-ASCII header", http.get("/actuator/health", "X-Foo: 测试"));
            assertProblem400(side + " non-ASCII header, signed in",
                    http.get("/actuator/health/readiness", admin, "X-Foo: 测试"));
            // the firewall: encoded slash, semicolon, encoded percent, traversal
            assertProblem400(side + " encoded slash", http.get("/api/v1/platforms/a%2Fb", admin));
            assertProblem400(side + " semicolon", http.get("/api/v1/platforms;jsessionid=1", admin));
            assertProblem400(side + " encoded percent", http.get("/api/v1/platforms/a%25b", admin));
            assertProblem400(side + " traversal", http.get("/api/v1/../actuator/health", admin));
            // Tomcat: malformed percent-encoding, bytes that are not UTF-8, a header Tomcat cannot parse
            assertProblem400(side + " malformed percent", http.get("/api/v1/platforms/%zz", admin));
            assertProblem400(side + " truncated percent", http.get("/api/v1/platforms/a%E6", admin));
            assertProblem400(side + " lone surrogate bytes", http.get("/api/v1/platforms/%ED%A0%80", admin));
            assertProblem400(side + " control character in a header", http.get("/actuator/health", "X-Foo: a\u0001b"));
            assertProblem400(side + " space in a header name", http.get("/actuator/health", "X Foo: 1"));
        });
        List<String> lines = List.of(output.getAll().split("\n"));
        List<String> logged = lines.subList(Math.min(linesBefore, lines.size()), lines.size());
        // JSON lines (ECS: "log":{"level":...}) outside the local profile, text lines in it
        List<String> errors = logged.stream()
                .filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains(" ERROR "))
                .toList();
        assertThat(errors).as("errors logged for rejected requests").isEmpty();
        assertThat(logged).as("the firewall's refusals, one WARN line each")
                .anyMatch(line -> line.contains("\"level\":\"WARN\"") && line.contains("request rejected"));
        assertThat(logged).as("Tomcat's refusals, one WARN line each")
                .anyMatch(line -> line.contains("\"level\":\"WARN\"") && line.contains("request refused by the server"));
        assertThat(output.getAll()).doesNotContain("\tat org.springframework.security.web.firewall");
    }

    @Test
    void badCharactersInQueryParametersAndPathIdsAreA400NamingThem() {
        RawHttp queries = new RawHttp(port(ledger.querySide));
        String auditor = RawHttp.basic("auditor", TestUsers.PASSWORD);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/api/v1/platforms?college=%EF%BF%BF", "college");           // U+FFFF
        refused.put("/api/v1/platforms?college=41%EF%B7%90", "college");         // U+FDD0
        refused.put("/api/v1/platforms?college=41%07", "college");               // bell
        refused.put("/api/v1/platforms/%EF%BF%BE/balances", "platformId");       // U+FFFE
        refused.put("/api/v1/platforms/JS%C2%85/history", "platformId");         // C1 control
        refused.forEach((target, field) -> {
            RawHttp.Response response = queries.get(target, auditor);
            assertThat(response.status()).as(target + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(response.json().path("errors").get(0).path("field").asText()).as(target).isEqualTo(field);
        });
        // real text still reaches the read model: an unknown college filters to nothing, an unknown id is a 404
        assertThat(queries.get("/api/v1/platforms?college=%E6%B5%8B%E8%AF%95%F0%9F%98%80", auditor).status())
                .isEqualTo(200);
        assertThat(queries.get("/api/v1/platforms/%EF%BC%A1%EF%BC%A2/balances", auditor).status()).isEqualTo(404);
    }
}
