package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event-store side of reconciliation on a real table: platform ids from the events and the platform rows
 * together, in id order, a part at a time; each platform's head and how far a token reaches into it (nothing, for a
 * platform whose events all lie beyond it).
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = QuerySideApplication.CONFIG_NAME)
class StoredHeadsIT {

    @Autowired
    StoredHeads heads;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** An event no projection knows (the processors pass it by), in its own transaction; returns its position. */
    private XidIndexToken append(String platform, long sequence) {
        return append("Platform", platform, sequence);
    }

    private XidIndexToken append(String type, String platform, long sequence) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, ?, '2025-04-01T08:00:00.000Z', 'cn.jsedu.ledger.test.AuditedFact', '1',
                  '{}'::bytea, '{}'::bytea)""", id, platform, sequence, type);
        Map<String, Object> position = jdbc.queryForMap(
                "SELECT tx_id::text AS tx, global_index FROM event_store.domain_event_entry WHERE event_identifier = ?", id);
        return new XidIndexToken(Long.parseLong((String) position.get("tx")),
                ((Number) position.get("global_index")).longValue());
    }

    @Test
    void platformsInIdOrderWithTheirHeadsAndHowFarATokenReaches() {
        append("SH-A", 0);
        XidIndexToken token = append("SH-A", 1);
        append("SH-A", 2);
        append("SH-B", 0);
        append("SH-B", 1);
        // a programme's stream (ADR 0019) between them: its rules, not a platform
        append("Programme", "SH-AB-PROGRAMME", 0);
        // and an evaluation round's stream (ADR 0026): its panel, not a platform either
        append("EvaluationRound", "SH-AC-EVAL-ROUND", 0);
        // a platform row with no events at all
        jdbc.update("""
                INSERT INTO read_model.platform (platform_id, programme_id, college_code, college_name, major_group,
                  industry, title, status, declared_at, updated_at, version)
                VALUES ('SH-C', 'JS-PLATFORMS-2019', 'c', 'c', 'g', 'i', 't', 'DECLARED', now(), now(), 0)""");

        assertThat(heads.next("SH-", 2)).containsExactly("SH-A", "SH-B");
        assertThat(heads.next("SH-A", 3)).startsWith("SH-B", "SH-C");
        assertThat(heads.heads("SH-", "SH-C", token)).containsOnly(
                Map.entry("SH-A", new StoredHeads.Heads(2, 1)),
                Map.entry("SH-B", new StoredHeads.Heads(1, -1)));
        assertThat(heads.heads("SH-A", "SH-B", XidIndexToken.TAIL))
                .containsOnly(Map.entry("SH-B", new StoredHeads.Heads(1, -1)));
    }
}
