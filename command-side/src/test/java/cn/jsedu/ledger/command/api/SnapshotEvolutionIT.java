package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.platform.Platform;
import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Schema evolution of snapshots: a snapshot of an older aggregate shape (another revision) is ignored and the
 * platform is rebuilt from its events, never misread. Snapshots taken by this version are read back and used.
 */
@CommandSideIntegrationTest
class SnapshotEvolutionIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cache platformCache;
    @Autowired
    Snapshotter snapshotter;

    @Test
    void theAggregateIsAtRevisionSix() {
        // 3: the platform names its programme (ADR 0019) and keeps the acceptance checklist's evidence (ADR 0022), or
        // (on the budgets branch) budgets and the provincial money chain joined its state (ADR 0020); 4 since both
        // shapes and the audit findings (ADR 0021) are one; 5 since what grows with the history is in compact rows
        // (ADR 0008); 6 since it keeps the batch it was approved in and the evaluation rounds published on it (ADR 0026)
        assertThat(Platform.class.getAnnotation(Revision.class).value()).isEqualTo("6");
    }

    @Test
    void aSnapshotOfAnOlderShapeIsIgnored() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "SNAP-1", "9900000001");
        // a revision-1 snapshot claiming the platform is REJECTED at version 2: it would read into today's shape
        insertSnapshot("SNAP-1", 2L, "1", "{\"platformId\":\"SNAP-1\",\"status\":\"REJECTED\"}");
        platformCache.removeAll();

        Api.Response installment = expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-1", "COLLEGE", "10.00", "2020-04-01")), 201);
        assertThat(installment.version()).isEqualTo(3);

        // a revision-2 snapshot (before budgets and the chain) is ignored too
        insertSnapshot("SNAP-1", 3L, "2", "{\"platformId\":\"SNAP-1\",\"status\":\"REJECTED\"}");
        platformCache.removeAll();
        assertThat(expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-2", "COLLEGE", "10.00", "2020-04-01")), 201).version()).isEqualTo(4);

        // a revision-3 snapshot (of either shape before the merge) is ignored too
        insertSnapshot("SNAP-1", 4L, "3", "{\"platformId\":\"SNAP-1\",\"status\":\"REJECTED\"}");
        platformCache.removeAll();
        assertThat(expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-3", "COLLEGE", "10.00", "2020-04-01")), 201).version()).isEqualTo(5);

        // a revision-4 snapshot (entry ids and entries as JSON objects) is ignored too: read as today's shape it
        // would have no used ids, and I-1 would be recorded a second time
        insertSnapshot("SNAP-1", 5L, "4", "{\"platformId\":\"SNAP-1\",\"status\":\"APPROVED\",\"usedIds\":[]}");
        platformCache.removeAll();
        assertThat(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-1", "COLLEGE", "10.00", "2020-04-01")).code()).isEqualTo("ID_ALREADY_USED");
        assertThat(expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-4", "COLLEGE", "10.00", "2020-04-01")), 201).version()).isEqualTo(6);

        // a revision-5 snapshot (no batch) is ignored too: read as today's shape the platform would belong to no
        // round of a batch; here it claims REJECTED, and the platform rebuilt from its events records the entry
        insertSnapshot("SNAP-1", 6L, "5", "{\"platformId\":\"SNAP-1\",\"status\":\"REJECTED\"}");
        platformCache.removeAll();
        assertThat(expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-5", "COLLEGE", "10.00", "2020-04-01")), 201).version()).isEqualTo(7);
    }

    /**
     * Loaded from its snapshot alone (cache emptied, no event after it), the platform still knows every entry id it
     * used and every entry a correction may name: the parts kept as compact rows are read back, not lost.
     */
    @Test
    void aPlatformLoadedFromItsSnapshotKeepsItsEntryIdsAndCorrectableEntries() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "SNAP-3", "9900000003");
        Api college = api.as(Requests.college("9900000003"));
        expect(college.post("/api/v1/platforms/SNAP-3/installments",
                Requests.installment("I-1", "COLLEGE", "100.00", "2020-04-01")), 201);
        expect(college.post("/api/v1/platforms/SNAP-3/expenditures",
                Requests.expenditure("X-1", "COLLEGE", "30.00", "2020-05-01")), 201);

        snapshotter.scheduleSnapshot(Platform.class, "SNAP-3");
        await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_store.snapshot_event_entry WHERE aggregate_identifier = 'SNAP-3'", Long.class) == 1);
        Map<String, Object> snapshot = jdbc.queryForMap("""
                SELECT sequence_number, payload_revision, payload FROM event_store.snapshot_event_entry
                WHERE aggregate_identifier = 'SNAP-3'""");
        String payload = new String((byte[]) snapshot.get("payload"), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"usedIdRows\"", "\"correctableRows\"").doesNotContain("\"I-1\"", "X-1");
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = 'SNAP-3'", Long.class);
        assertThat(snapshot.get("sequence_number")).isEqualTo(last);

        platformCache.removeAll();
        assertThat(college.post("/api/v1/platforms/SNAP-3/installments",
                Requests.installment("X-1", "COLLEGE", "1.00", "2020-04-01")).code()).isEqualTo("ID_ALREADY_USED");
        platformCache.removeAll();
        // the expenditure's correction is judged on the entry as recorded (its source's cash: 100 in, 30 out)
        assertThat(college.post("/api/v1/platforms/SNAP-3/adjustments",
                "{\"originalEntryId\":\"X-1\",\"correctedAmount\":\"100.01\",\"reason\":\"录入错误\"}").code())
                .isEqualTo("INSUFFICIENT_CASH_BALANCE");
        platformCache.removeAll();
        expect(college.post("/api/v1/platforms/SNAP-3/adjustments",
                "{\"originalEntryId\":\"I-1\",\"correctedAmount\":\"90.00\",\"reason\":\"录入错误\"}"), 201);
    }

    @Test
    void aSnapshotOfThisShapeKeepsPendingProposalsAsMinimalDataAndIsReadBack() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "SNAP-2", "9900000002");
        expect(api.as(Requests.college("9900000002")).post("/api/v1/platforms/SNAP-2/installments",
                Requests.installment("I-1", "COLLEGE", "10.00", "2020-04-01")), 201);
        String proposal = expect(api.as("admin1").post("/api/v1/platforms/SNAP-2/decisions", """
                {"type":"REWARD","amount":"1.00","basis":"绩效","decisionRef":"d","decidedOn":"2022-06-01"}"""), 202)
                .json().path("entryId").asText();

        snapshotter.scheduleSnapshot(Platform.class, "SNAP-2");
        await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_store.snapshot_event_entry WHERE aggregate_identifier = 'SNAP-2'", Long.class) == 1);
        Map<String, Object> snapshot = jdbc.queryForMap("""
                SELECT sequence_number, payload_revision, payload FROM event_store.snapshot_event_entry
                WHERE aggregate_identifier = 'SNAP-2'""");
        String payload = new String((byte[]) snapshot.get("payload"), StandardCharsets.UTF_8);
        assertThat(snapshot.get("payload_revision")).isEqualTo("6");
        assertThat(payload).contains("\"proposedBy\":\"admin1\"", "\"kind\":\"PERFORMANCE_DECISION\"", proposal);
        assertThat(payload.split("\"platformId\"", -1)).as("pending proposals are not whole events").hasSize(2);

        // mark the snapshot: a platform loaded from it is suspended, one rebuilt from events is not
        jdbc.update("DELETE FROM event_store.snapshot_event_entry WHERE aggregate_identifier = 'SNAP-2'");
        insertSnapshot("SNAP-2", (Long) snapshot.get("sequence_number"), "6",
                payload.replace("\"status\":\"APPROVED\"", "\"status\":\"SUSPENDED\""));
        platformCache.removeAll();
        assertThat(api.as(Requests.college("9900000002")).post("/api/v1/platforms/SNAP-2/installments",
                Requests.installment("I-2", "COLLEGE", "1.00", "2020-04-01")).code()).isEqualTo("PLATFORM_SUSPENDED");
        assertThat(api.as(Requests.college("9900000002")).post("/api/v1/platforms/SNAP-2/adjustments",
                "{\"originalEntryId\":\"I-1\",\"correctedAmount\":\"9.00\",\"reason\":\"录入错误\"}").status()).isEqualTo(201);
        expect(api.as("admin2").post("/api/v1/platforms/SNAP-2/proposals/" + proposal + "/approval", "{}"), 200);
    }

    private void insertSnapshot(String platformId, long sequence, String revision, String payload) {
        jdbc.update("""
                INSERT INTO event_store.snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                  meta_data, payload, payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                platformId, sequence, "Platform", UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), revision, Platform.class.getName(), Instant.now().toString());
    }
}
