package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.login.ConsoleCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console talks to the command API as the signed-in user (Basic) with the form's Idempotency-Key, and brings
 * back either the new version or the API's problem detail field by field; an unreachable API is a clear refusal.
 */
class CommandApiTest {

    private static final ApiCall FINANCE = new ApiCall(new ConsoleCredentials("finance", "secret"), "corr-1", "10.0.0.7");

    private FakeApi api;

    @BeforeEach
    void start() throws IOException {
        api = new FakeApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sendsTheCommandAsTheUserWithTheFormsKeyAndReturnsTheVersion() {
        api.answers(201, "{\"platformId\":\"JS-1\",\"entryId\":\"I-9\",\"version\":12}");
        CommandOutcome outcome = api.commandApi("relay-secret").post("/api/v1/platforms/JS-1/installments",
                Map.of("amount", "1.00"), "console-key-1", FINANCE);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.version()).isEqualTo(12L);
        assertThat(outcome.entryId()).isEqualTo("I-9");
        assertThat(api.received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.pathAndQuery()).isEqualTo("/api/v1/platforms/JS-1/installments");
            assertThat(r.header("Authorization")).isEqualTo("Basic ZmluYW5jZTpzZWNyZXQ=");
            assertThat(r.header("Idempotency-Key")).isEqualTo("console-key-1");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.body()).isEqualTo("{\"amount\":\"1.00\"}");
        });
    }

    @Test
    void bringsBackTheProblemDetailFieldByField() {
        api.answers(400, """
                {"type":"urn:jsedu-ledger:problem:validation-failed","status":400,"detail":"invalid fields: amount",
                 "code":"VALIDATION_FAILED","errors":[{"field":"amount","message":"must be a decimal string"}]}""");
        CommandOutcome outcome = api.commandApi("").post("/x", Map.of(), "k", FINANCE);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(outcome.detail()).isEqualTo("invalid fields: amount");
        assertThat(outcome.messagesFor("amount")).containsExactly("must be a decimal string");
    }

    @Test
    void anUnreachableCommandApiIsAClearRefusalNotAnError() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var properties = new cn.jsedu.ledger.console.config.ConsoleProperties(api.url(),
                java.net.URI.create("http://localhost:" + closed), "", true, ZoneId.of("Asia/Shanghai"),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2);
        var config = new cn.jsedu.ledger.console.config.ApiClientConfig();
        CommandApi unreachable = config.commandApi(org.springframework.web.client.RestClient.builder(),
                config.apiRequestFactory(properties), properties);
        CommandOutcome outcome = unreachable.post("/x", Map.of(), "k", FINANCE);
        assertThat(outcome.status()).isEqualTo(503);
        assertThat(outcome.code()).isEqualTo(CommandOutcome.UNAVAILABLE);
        assertThat(outcome.detail()).contains("command API", "not reachable");
        assertThat(new ConsoleCredentials("u", "p").toString()).doesNotContain("p]").contains("****");
    }

    @Test
    void asksWhichCommandsTheUserMaySend() {
        api.answers(200, """
                {"platformId":"JS 1","username":"finance","role":"FINANCE_OFFICER",
                 "commands":["installments","adjustments","recoveries"],"installmentSources":["PROVINCIAL_FINANCE"]}""");
        var permitted = api.commandApi("").permitted("JS 1", FINANCE);
        assertThat(permitted.commands()).containsExactly("installments", "adjustments", "recoveries");
        assertThat(permitted.installmentSources()).containsExactly(cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE);
        assertThat(api.received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.pathAndQuery()).as("the platform id is one encoded path segment")
                    .isEqualTo("/api/v1/platforms/JS%201/permitted-commands");
        });
    }
}
