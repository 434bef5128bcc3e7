package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server owns an event's metadata: the correlation id is the one it generated for the request (and echoed),
 * a client's own {@code X-Correlation-Id} is kept apart as {@code clientCorrelationId}, and the client address is
 * the TCP peer. Only the console, proving itself with the relay key, may name the correlation id and the client
 * address of the person it acts for.
 */
@CommandSideIntegrationTest
class RequestMetadataIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private JsonNode metadataOf(String platformId) throws Exception {
        byte[] meta = jdbc.queryForObject("""
                SELECT meta_data FROM event_store.domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", byte[].class, platformId);
        return JSON.readTree(new String(meta, StandardCharsets.UTF_8));
    }

    private Api.Response declare(String platformId, String college, String... headers) {
        return expect(new Api(port).as(Requests.college(college))
                .post("/api/v1/platforms", Requests.declaration(platformId, college), headers), 201);
    }

    @Test
    void aClientsCorrelationIdIsKeptApartFromTheServersOwn() throws Exception {
        Api.Response response = declare("META-1", "9000000401", "X-Correlation-Id", "client-chose-this");
        String issued = response.raw().headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(issued).isNotEqualTo("client-chose-this");
        JsonNode meta = metadataOf("META-1");
        assertThat(meta.path("correlationId").asText()).isEqualTo(issued);
        assertThat(meta.path("clientCorrelationId").asText()).isEqualTo("client-chose-this");
        assertThat(meta.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aMalformedClientCorrelationIdIsDropped() throws Exception {
        Api.Response response = declare("META-2", "9000000402", "X-Correlation-Id", "x".repeat(65));
        JsonNode meta = metadataOf("META-2");
        assertThat(meta.path("correlationId").asText())
                .isEqualTo(response.raw().headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(meta.has("clientCorrelationId")).isFalse();
    }

    @Test
    void theConsoleWithTheRelayKeyNamesTheCorrelationIdAndTheClientAddress() throws Exception {
        Api.Response response = declare("META-3", "9000000403", "X-Ledger-Relay-Key", CommandSideIntegrationTest.RELAY_KEY,
                "X-Ledger-Client-Address", "203.0.113.7", "X-Correlation-Id", "console-req-42");
        assertThat(response.raw().headers().firstValue("X-Correlation-Id")).hasValue("console-req-42");
        JsonNode meta = metadataOf("META-3");
        assertThat(meta.path("correlationId").asText()).isEqualTo("console-req-42");
        assertThat(meta.path("clientAddress").asText()).isEqualTo("203.0.113.7");
        assertThat(meta.has("clientCorrelationId")).isFalse();
    }

    @Test
    void aWrongRelayKeyChangesNothing() throws Exception {
        for (String key : new String[] {"not-the-key", CommandSideIntegrationTest.RELAY_KEY + "x", ""}) {
            String platformId = "META-4" + key.length();
            String college = "90000005" + String.format("%02d", key.length() % 100);
            Api.Response response = declare(platformId, college, "X-Ledger-Relay-Key", key,
                    "X-Ledger-Client-Address", "203.0.113.8", "X-Correlation-Id", "forged-42");
            String issued = response.raw().headers().firstValue("X-Correlation-Id").orElseThrow();
            assertThat(issued).isNotEqualTo("forged-42");
            JsonNode meta = metadataOf(platformId);
            assertThat(meta.path("correlationId").asText()).isEqualTo(issued);
            assertThat(meta.path("clientCorrelationId").asText()).isEqualTo("forged-42");
            assertThat(meta.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        }
    }

    @Test
    void aRelayedClientAddressThatIsNoAddressIsIgnored() throws Exception {
        declare("META-5", "9000000404", "X-Ledger-Relay-Key", CommandSideIntegrationTest.RELAY_KEY,
                "X-Ledger-Client-Address", "evil.example\"; DROP", "X-Correlation-Id", "console-req-43");
        JsonNode meta = metadataOf("META-5");
        assertThat(meta.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(meta.path("correlationId").asText()).isEqualTo("console-req-43");
    }
}
