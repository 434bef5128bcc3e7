package cn.jsedu.ledger.system;

import cn.jsedu.ledger.query.readmodel.ReadModels;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full platform history through both APIs: several sources and parties, cash and non-cash, expenditures,
 * and a correction that flips the enterprise share from met to not met, read as of dates and as known at times.
 */
class FundingHistoryIT {

    private static final String P = "FULL-1";
    private static LedgerSystem ledger;
    private static Commands commands;
    private static Instant beforeCorrection;
    private static long lastVersion;
    private static long versionBeforeCorrection;

    @BeforeAll
    static void history() {
        ledger = LedgerSystem.get();
        commands = new Commands(ledger.commands);
        commands.approvedPlatform(P, "8100000001");
        commands.installment(P, "I-PROV", "PROVINCIAL_FINANCE", "10000000.00", "2020-04-01");
        commands.installment(P, "I-LOCAL", "LOCAL_GOVERNMENT", "5000000.00", "2020-05-01");
        commands.installment(P, "I-COLL", "COLLEGE", "5000000.00", "2020-06-01");
        commands.contribution(P, "C-E1", "E1", "CASH", "6000000.00", "2020-04-15");
        commands.contribution(P, "C-E2", "E2", "EQUIPMENT", "4000000.00", "2020-07-01");
        commands.expenditure(P, "X-PROV", "PROVINCIAL_FINANCE", null, "3000000.00", "2020-08-01");
        versionBeforeCorrection = commands.expenditure(P, "X-E1", "ENTERPRISE", "E1", "1000000.00", "2020-09-01");
        readAt(versionBeforeCorrection, "balances");
        beforeCorrection = Instant.now();
        lastVersion = commands.correction(P, "K-E2", "C-E2", "3999999.99");
    }

    private static JsonNode readAt(long version, String resource) {
        return expect(ledger.queries.get("/api/v1/platforms/" + P + "/" + resource + "?minVersion=" + version), 200).json();
    }

    private static JsonNode source(JsonNode balances, String source) {
        for (JsonNode row : balances.path("sources")) {
            if (row.path("source").asText().equals(source)) {
                return row.path("figures");
            }
        }
        throw new AssertionError("no source " + source);
    }

    @Test
    void balancesPerSourceAndPartyAreExact() {
        JsonNode balances = readAt(lastVersion, "balances");
        JsonNode provincial = source(balances, "PROVINCIAL_FINANCE");
        assertThat(provincial.path("planned").asText()).isEqualTo("10000000.00");
        assertThat(provincial.path("receivedCash").asText()).isEqualTo("10000000.00");
        assertThat(provincial.path("spent").asText()).isEqualTo("3000000.00");
        assertThat(provincial.path("cashBalance").asText()).isEqualTo("7000000.00");
        assertThat(provincial.path("arrivalRate").decimalValue()).isEqualByComparingTo("100.00");
        JsonNode enterprise = source(balances, "ENTERPRISE");
        assertThat(enterprise.path("receivedCash").asText()).isEqualTo("6000000.00");
        assertThat(enterprise.path("receivedNonCash").asText()).isEqualTo("3999999.99");
        assertThat(enterprise.path("received").asText()).isEqualTo("9999999.99");
        assertThat(enterprise.path("cashBalance").asText()).isEqualTo("5000000.00");
        JsonNode parties = balances.path("enterpriseParties");
        assertThat(parties).hasSize(2);
        assertThat(parties.get(0).path("partyId").asText()).isEqualTo("E1");
        assertThat(parties.get(0).path("figures").path("spent").asText()).isEqualTo("1000000.00");
        assertThat(parties.get(0).path("figures").path("planned").asText()).isEqualTo("6000000.00");
        assertThat(parties.get(1).path("figures").path("receivedNonCash").asText()).isEqualTo("3999999.99");
        assertThat(balances.path("total").path("received").asText()).isEqualTo("29999999.99");
    }

    @Test
    void aCorrectionFlipsTheEnterpriseShareNowButNotAsKnownBeforeIt() {
        JsonNode now = readAt(lastVersion, "compliance");
        assertThat(now.path("actualTotal").asText()).isEqualTo("29999999.99");
        assertThat(now.path("actualEnterprise").asText()).isEqualTo("9999999.99");
        assertThat(now.path("actualEnterpriseShareMet").asBoolean()).isFalse();
        JsonNode finding = finding(now, "ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        assertThat(finding.path("figures").path("actualEnterprise").asText()).isEqualTo("9999999.99");
        List<String> evidence = new ArrayList<>();
        finding.path("eventIds").forEach(id -> evidence.add(id.asText()));
        assertThat(evidence).contains(eventIdOf(lastVersion), eventIdOf(versionBeforeCorrection - 2));

        JsonNode before = expect(ledger.queries.get("/api/v1/platforms/" + P + "/compliance?knownAt=" + beforeCorrection), 200).json();
        assertThat(before.path("actualTotal").asText()).isEqualTo("30000000.00");
        assertThat(before.path("actualEnterprise").asText()).isEqualTo("10000000.00");
        assertThat(before.path("actualEnterpriseShareMet").asBoolean()).isTrue();
        assertThat(before.path("actualEnterprisePercent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(before.path("findings").findValuesAsText("code")).doesNotContain("ACTUAL_ENTERPRISE_SHARE_NOT_MET");
    }

    @Test
    void asOfAnEffectiveDateCountsOnlyWhatHadArrived() {
        JsonNode june = expect(ledger.queries.get("/api/v1/platforms/" + P + "/compliance?asOf=2020-06-30"), 200).json();
        assertThat(june.path("actualTotal").asText()).isEqualTo("26000000.00");
        assertThat(june.path("actualEnterprise").asText()).isEqualTo("6000000.00");
        assertThat(june.path("actualEnterpriseShareMet").asBoolean()).isFalse();
        JsonNode august = expect(ledger.queries.get("/api/v1/platforms/" + P + "/balances?asOf=2020-08-15&knownAt="
                + beforeCorrection), 200).json();
        assertThat(source(august, "PROVINCIAL_FINANCE").path("cashBalance").asText()).isEqualTo("7000000.00");
        assertThat(source(august, "ENTERPRISE").path("cashBalance").asText()).isEqualTo("6000000.00");
        assertThat(source(august, "ENTERPRISE").path("receivedNonCash").asText()).isEqualTo("4000000.00");
        JsonNode augustNow = expect(ledger.queries.get("/api/v1/platforms/" + P + "/balances?asOf=2020-08-15"), 200).json();
        // the correction takes effect at the original date (2020-07-01), so it changes August as known now
        assertThat(source(augustNow, "ENTERPRISE").path("receivedNonCash").asText()).isEqualTo("3999999.99");
    }

    @Test
    void theReplayedStateAgreesWithTheReadModelAtEveryPoint() {
        JsonNode replayedBefore = expect(ledger.queries.get("/api/v1/platforms/" + P + "/state?atVersion="
                + versionBeforeCorrection), 200).json();
        assertThat(replayedBefore.path("version").asLong()).isEqualTo(versionBeforeCorrection);
        assertThat(replayedBefore.path("total").path("received").asText()).isEqualTo("30000000.00");
        JsonNode replayedNow = expect(ledger.queries.get("/api/v1/platforms/" + P + "/state"), 200).json();
        JsonNode readModel = readAt(lastVersion, "balances");
        assertThat(replayedNow.path("total")).isEqualTo(readModel.path("total"));
        assertThat(replayedNow.path("balances")).isEqualTo(readModel.path("sources"));
        JsonNode knownBefore = expect(ledger.queries.get("/api/v1/platforms/" + P + "/state?knownAt=" + beforeCorrection), 200).json();
        assertThat(knownBefore.path("version").asLong()).isEqualTo(versionBeforeCorrection);
    }

    @Test
    void theHistoryShowsEveryEventWithWhoAndWhy() {
        JsonNode history = expect(ledger.queries.get("/api/v1/platforms/" + P + "/history"), 200).json();
        assertThat(history).hasSize((int) lastVersion + 1);
        JsonNode correction = history.get((int) lastVersion);
        assertThat(correction.path("type").asText()).isEqualTo("AdjustmentRecordedEvent");
        assertThat(correction.path("reason").asText()).isEqualTo("评估值录入错误");
        assertThat(correction.path("user").asText()).isNotBlank();
        assertThat(correction.path("correlationId").asText()).isNotBlank();
        assertThat(correction.path("payload").path("correctedAmount").path("fen").asLong()).isEqualTo(399999999L);
        assertThat(history.get(1).path("decisionRef").asText()).isEqualTo("苏教职〔2020〕1号");
    }

    /**
     * A version in the event store that the read model has not applied yet is a 503 after the bounded wait; a version
     * the platform never reached is no reason to wait: a 400 naming minVersion at once.
     */
    @Test
    void aVersionNotYetAppliedIsA503AfterTheBoundedWaitAndOneNeverWrittenA400() {
        JsonNode never = expect(ledger.queries.get("/api/v1/platforms/" + P + "/balances?minVersion=" + (lastVersion + 100)), 400).json();
        assertThat(never.path("errors").get(0).path("field").asText()).isEqualTo("minVersion");

        String lagging = "FULL-LAG";
        long declared = commands.approvedPlatform(lagging, "8100000002");
        expect(ledger.queries.get("/api/v1/platforms/" + lagging + "?minVersion=" + declared), 200);
        StreamingEventProcessor processor = ledger.querySide.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().join();
        try {
            long written = commands.installment(lagging, "I-LAG", "COLLEGE", "1.00", "2020-04-01");
            JsonNode problem = expect(ledger.queries.get("/api/v1/platforms/" + lagging + "/balances?minVersion=" + written), 503).json();
            assertThat(problem.path("code").asText()).isEqualTo("READ_MODEL_BEHIND");
        } finally {
            processor.start();
        }
    }

    private static JsonNode finding(JsonNode compliance, String code) {
        for (JsonNode f : compliance.path("findings")) {
            if (f.path("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + code + " in " + compliance);
    }

    private static String eventIdOf(long version) {
        return ledger.jdbc.queryForObject("SELECT event_identifier FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", String.class, P, version);
    }
}
