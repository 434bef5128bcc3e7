package cn.jsedu.ledger.console.api;

import cn.jsedu.ledger.console.login.ConsoleCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every call to either API carries the relay channel (ADR 0018): the user's credentials, the console request's
 * correlation id, the browser's address, and the relay key the services check before trusting the other two (left
 * out when none is configured). A read the API refuses comes back as its status and problem code, never as data.
 */
class RelayChannelTest {

    private static final ApiCall AUDITOR = new ApiCall(new ConsoleCredentials("auditor", "pw"), "corr-42", "192.0.2.9");

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
    void readsAndCommandsCarryTheCorrelationIdTheBrowsersAddressAndTheRelayKey() {
        api.answers(200, "{\"username\":\"auditor\",\"role\":\"AUDITOR\"}");
        api.queryApi("relay-secret").me(AUDITOR);
        api.answers(201, "{\"version\":3}");
        api.commandApi("relay-secret").post("/api/v1/platforms/P/reports", Map.of(), "k-1", AUDITOR);

        assertThat(api.received).hasSize(2).allSatisfy(r -> {
            assertThat(r.header("X-Correlation-Id")).isEqualTo("corr-42");
            assertThat(r.header("X-Ledger-Client-Address")).isEqualTo("192.0.2.9");
            assertThat(r.header("X-Ledger-Relay-Key")).isEqualTo("relay-secret");
            assertThat(r.header("Authorization")).isEqualTo(AUDITOR.user().basicAuthorization());
        });
    }

    @Test
    void withoutARelayKeyNoKeyIsSent() {
        api.answers(200, "{\"username\":\"auditor\",\"role\":\"AUDITOR\"}");
        api.queryApi("").me(AUDITOR);
        assertThat(api.received).singleElement().satisfies(r -> {
            assertThat(r.headers()).doesNotContainKey("x-ledger-relay-key");
            assertThat(r.header("X-Correlation-Id")).isEqualTo("corr-42");
        });
    }

    @Test
    void queryParametersAreSentOnlyWhenGiven() {
        api.answers(200, "{\"platformId\":\"JS-1\",\"version\":4,\"sources\":[],\"enterpriseParties\":[]}");
        api.queryApi("").balances("JS-1", LocalDate.parse("2020-03-31"), Instant.parse("2021-01-01T00:00:00Z"), 4L, AUDITOR);
        api.queryApi("").balances("JS-1", null, null, null, AUDITOR);
        assertThat(api.received).extracting(FakeApi.Received::pathAndQuery).containsExactly(
                "/api/v1/platforms/JS-1/balances?minVersion=4&asOf=2020-03-31&knownAt=2021-01-01T00:00:00Z",
                "/api/v1/platforms/JS-1/balances");
    }

    @Test
    void aRefusedReadIsTheApisStatusAndCode() {
        api.answers(404, "{\"status\":404,\"code\":\"PLATFORM_NOT_FOUND\",\"detail\":\"no platform JS-9\"}");
        assertThatThrownBy(() -> api.queryApi("").platform("JS-9", null, AUDITOR))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(404);
                    assertThat(p.code()).isEqualTo("PLATFORM_NOT_FOUND");
                    assertThat(p.detail()).isEqualTo("no platform JS-9");
                });
        api.answers(503, "{\"status\":503,\"code\":\"READ_MODEL_BEHIND\",\"detail\":\"retry shortly\"}");
        assertThatThrownBy(() -> api.queryApi("").readiness("JS-1", 9L, AUDITOR))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.code()).isEqualTo(ApiProblem.READ_MODEL_BEHIND));
    }

    @Test
    void aFileComesBackAsTheApiServedIt() {
        api.answersFile("text/csv;charset=UTF-8", "\uFEFFa,b\n1,2\n");
        ServiceApi.Download file = api.queryApi("").platformExport("JS-1", "ledger.csv", AUDITOR);
        assertThat(file.mediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\n1,2\n");
        assertThat(api.received.get(0).pathAndQuery()).isEqualTo("/api/v1/platforms/JS-1/ledger.csv");
    }
}
