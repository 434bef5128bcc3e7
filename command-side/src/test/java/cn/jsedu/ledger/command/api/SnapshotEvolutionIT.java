package cn.jsedu.ledger.command.api;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema evolution of snapshots: a snapshot of an older aggregate shape (another revision) is ignored and the
 * platform is rebuilt from its events, never misread. Snapshots taken by this version are used.
 */
@CommandSideIntegrationTest
class SnapshotEvolutionIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cache platformCache;

    @Test
    void aSnapshotOfAnOlderShapeIsIgnored() {
        Api api = new Api(port);
        Requests.approvedPlatform(api, "SNAP-1", "9900000001");
        // an old-shape snapshot claiming the platform is at version 2 with a nonsense state
        jdbc.update("""
                INSERT INTO event_store.snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                  meta_data, payload, payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                "SNAP-1", 2L, "Platform", UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                "{\"status\":\"REJECTED\",\"shape\":\"old\"}".getBytes(StandardCharsets.UTF_8), "0",
                "cn.jsedu.ledger.command.platform.Platform", Instant.now().toString());
        platformCache.removeAll();

        Api.Response installment = expect(api.as(Requests.college("9900000001")).post("/api/v1/platforms/SNAP-1/installments",
                Requests.installment("I-1", "COLLEGE", "10.00", "2020-04-01")), 201);
        assertThat(installment.version()).isEqualTo(3);
    }
}
