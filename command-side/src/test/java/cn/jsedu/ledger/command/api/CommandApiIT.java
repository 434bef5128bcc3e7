package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.command.support.Requests.*;
import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The command API against the embedded PostgreSQL: responses, and the rows it leaves in the event table. */
@CommandSideIntegrationTest
class CommandApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aPlatformsHistoryLandsInTheEventTableWithItsMetadata() throws Exception {
        Api college = api.as(college("9000000001"));
        Api declared0 = college;
        Api.Response declared = expect(declared0.post("/api/v1/platforms", declaration("API-1", "9000000001"),
                "X-Correlation-Id", "corr-api-1", "Idempotency-Key", "api-1-declare"), 201);
        assertThat(declared.json().path("platformId").asText()).isEqualTo("API-1");
        assertThat(declared.version()).isZero();
        // the server's own correlation id (the client's is kept apart, see below)
        String correlationId = declared.raw().headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).isNotEqualTo("corr-api-1");

        assertThat(expect(api.as("admin1").post("/api/v1/platforms/API-1/approval", approval()), 200).version()).isEqualTo(1);
        assertThat(expect(college.post("/api/v1/platforms/API-1/agreements", agreement()), 201).json().path("entryId").asText())
                .isEqualTo("A-1");
        Api.Response installment = expect(api.as("finance").post("/api/v1/platforms/API-1/installments",
                installment("I-1", "PROVINCIAL_FINANCE", "1500000.00", "2020-04-01")), 201);
        assertThat(installment.json().path("entryId").asText()).isEqualTo("I-1");
        assertThat(installment.version()).isEqualTo(3);
        expect(college.post("/api/v1/platforms/API-1/enterprise-contributions", contribution("C-1", "2000000.00", "2020-04-02")), 201);
        Api.Response spent = expect(college.post("/api/v1/platforms/API-1/expenditures",
                expenditure(null, "PROVINCIAL_FINANCE", "1000000.00", "2020-05-01").replace("\"entryId\":\"null\",", "")), 201);
        assertThat(spent.json().path("entryId").asText()).isNotBlank();
        expect(api.as("finance").post("/api/v1/platforms/API-1/adjustments",
                "{\"originalEntryId\":\"I-1\",\"correctedAmount\":\"1400000.00\",\"reason\":\"凭证金额录入错误\"}"), 201);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT sequence_number, payload_type, payload_revision, payload, meta_data, tx_id::text AS tx
                FROM event_store.domain_event_entry WHERE aggregate_identifier = 'API-1' ORDER BY sequence_number""");
        assertThat(rows).extracting(r -> ((Number) r.get("sequence_number")).longValue())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(rows).extracting(r -> r.get("payload_type").toString().replace("cn.jsedu.ledger.kernel.event.", ""))
                .containsExactly("PlatformDeclaredEvent", "PlatformApprovedEvent", "AgreementSignedEvent",
                        "InstallmentRecordedEvent", "EnterpriseContributionRecordedEvent", "ExpenditureRecordedEvent",
                        "AdjustmentRecordedEvent");
        // each event stored under its type's current revision: 2 for the declaration since it names its programme
        // (ADR 0019), 2 for the money entries since they cite documents (ADR 0021)
        assertThat(rows).extracting(r -> r.get("payload_revision"))
                .containsExactly("2", "1", "1", "2", "2", "2", "1");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("payload_revision")).isEqualTo(Class.forName(r.get("payload_type").toString())
                    .getAnnotation(org.axonframework.serialization.Revision.class).value());
            assertThat(r.get("tx")).isNotNull();
        });

        JsonNode installmentPayload = JSON.readTree(new String((byte[]) rows.get(3).get("payload"), StandardCharsets.UTF_8));
        assertThat(installmentPayload.path("amount").path("fen").asLong()).isEqualTo(150000000L);
        assertThat(installmentPayload.path("effectiveDate").asText()).isEqualTo("2020-04-01");

        JsonNode declaredMeta = JSON.readTree(new String((byte[]) rows.get(0).get("meta_data"), StandardCharsets.UTF_8));
        assertThat(declaredMeta.path("user").asText()).isEqualTo("college-9000000001");
        assertThat(declaredMeta.path("role").asText()).isEqualTo("COLLEGE_OFFICER");
        assertThat(declaredMeta.path("college").asText()).isEqualTo("9000000001");
        assertThat(declaredMeta.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(declaredMeta.path("clientCorrelationId").asText()).isEqualTo("corr-api-1");
        assertThat(declaredMeta.path("idempotencyKey").asText()).isEqualTo("api-1-declare");
        assertThat(declaredMeta.path("clientAddress").asText()).isNotBlank();
        assertThat(declaredMeta.has("requestHash")).isFalse();

        JsonNode approvalMeta = JSON.readTree(new String((byte[]) rows.get(1).get("meta_data"), StandardCharsets.UTF_8));
        assertThat(approvalMeta.path("decisionRef").asText()).isEqualTo("苏教职〔2020〕1号");
        JsonNode adjustmentMeta = JSON.readTree(new String((byte[]) rows.get(6).get("meta_data"), StandardCharsets.UTF_8));
        assertThat(adjustmentMeta.path("reason").asText()).isEqualTo("凭证金额录入错误");
    }

    @Test
    void aRefusedCommandAppendsNothing() {
        expect(api.as("admin1").post("/api/v1/platforms", declaration("API-2", "9000000002")), 201);
        expect(api.as("admin1").post("/api/v1/platforms/API-2/approval", approval()), 200);
        Api.Response refused = expect(api.as(college("9000000002")).post("/api/v1/platforms/API-2/expenditures",
                expenditure("X-1", "COLLEGE", "0.01", "2020-05-01")), 422);
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_CASH_BALANCE");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = 'API-2'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void anUnknownPlatformIsA404() {
        Api.Response response = expect(api.as("finance").post("/api/v1/platforms/NOPE/installments",
                installment("I-1", "PROVINCIAL_FINANCE", "1.00", "2020-04-01")), 404);
        assertThat(response.code()).isEqualTo("PLATFORM_NOT_FOUND");
        assertThat(expect(api.as("finance").post("/api/v1/platforms/has%20space/installments",
                installment("I-1", "PROVINCIAL_FINANCE", "1.00", "2020-04-01")), 404).code()).isEqualTo("PLATFORM_NOT_FOUND");
    }
}
