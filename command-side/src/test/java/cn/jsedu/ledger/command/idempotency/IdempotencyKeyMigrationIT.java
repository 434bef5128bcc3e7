package cn.jsedu.ledger.command.idempotency;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jsedu.ledger.command.platform.CommandResult;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys stored while they were global get the user who sent them (V2): the user in the metadata of the event at the
 * key's (platform, version), when that event carries the same key; otherwise the key is retired (empty principal).
 */
class IdempotencyKeyMigrationIT {

    private static final String OLD_REQUEST = "0".repeat(64);
    private static final String NEW_REQUEST = "1".repeat(64);
    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void keysFromBeforeThePrincipal() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/event-store", "classpath:db/event-store-policy").load().migrate();
        migrateCommandSide("1");
        event("JS-001", 0, "{\"user\":\"college-01\",\"idempotencyKey\":\"declare-1\"}");
        event("JS-001", 1, "{\"user\":\"finance\",\"idempotencyKey\":\"k-1\"}");
        event("JS-001", 2, "{\"user\":\"college-01\",\"idempotencyKey\":\"k-2\",\"reason\":\"更正\"}");
        event("JS-001", 3, "{\"user\":\"college-01\"}");
        event("JS-002", 0, "not json");
        key("declare-1", "JS-001", 0);
        key("k-1", "JS-001", 1);
        key("k-2", "JS-001", 2);
        key("k-3", "JS-001", 3); // its event does not carry the key
        key("k-4", "JS-002", 0); // its event's metadata is not JSON
        key("k-5", "JS-404", 0); // no event at all
        migrateCommandSide(null);
    }

    private static void migrateCommandSide(String target) {
        var flyway = Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("command_side")
                .defaultSchema("command_side").locations("classpath:db/command-side");
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    private static void event(String platform, long sequence, String metaData) {
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                  type, time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'Platform', '2020-04-01T00:00:00Z', 'cn.x.E', '1', '\\x7b7d', ?)""",
                platform + "/" + sequence, platform, sequence, metaData.getBytes(StandardCharsets.UTF_8));
    }

    private static void key(String key, String platform, long version) {
        jdbc.update("""
                INSERT INTO command_side.idempotency_key (idempotency_key, request_hash, command_name, platform_id,
                  entry_id, version) VALUES (?, ?, 'cn.x.Command', ?, NULL, ?)""", key, OLD_REQUEST, platform, version);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void eachKeyBelongsToTheUserOfItsEventOrToNobody() {
        Map<String, String> principals = new HashMap<>();
        jdbc.query("SELECT idempotency_key, principal FROM command_side.idempotency_key WHERE request_hash = ?",
                rs -> {
                    principals.put(rs.getString(1), rs.getString(2));
                }, OLD_REQUEST);
        assertThat(principals).containsExactlyInAnyOrderEntriesOf(Map.of("declare-1", "college-01", "k-1", "finance",
                "k-2", "college-01", "k-3", "", "k-4", "", "k-5", ""));
    }

    @Test
    void theSameKeyMayNowBeStoredOncePerUser() {
        IdempotencyStore store = new IdempotencyStore(jdbc);
        assertThat(store.find("finance", "k-1")).isPresent();
        assertThat(store.find("college-01", "k-1")).isEmpty();
        assertThat(store.find("", "k-3")).isPresent(); // retired: no authenticated user has the empty name
        CommandResult result = CommandResult.ofPlatform("JS-001", "E-9", 9);
        assertThat(store.record("college-01", "k-1", NEW_REQUEST, "cn.x.Command", result)).isTrue();
        assertThat(store.record("college-01", "k-1", NEW_REQUEST, "cn.x.Command", result)).isFalse();
        assertThat(store.find("college-01", "k-1").orElseThrow().result()).isEqualTo(result);
        assertThat(store.find("finance", "k-1").orElseThrow().result().version()).isEqualTo(1);
    }
}
