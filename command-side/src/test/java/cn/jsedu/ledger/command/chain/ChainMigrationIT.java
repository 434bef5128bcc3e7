package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.command.config.DatabaseMigrations;
import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.command.config.RolePasswords;
import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store from before the chain and the roles (tables owned by whoever migrated them, events without hashes) is
 * upgraded: the roles script hands it to the ledger's roles, the V2 migration chains the old events with the
 * same bytes EventHash computes (its SQL repeats the algorithm; this test holds the two equal), and the V5 migration
 * records them as appended before event signing began, a boundary nobody can move afterwards.
 */
class ChainMigrationIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate superuser;

    @BeforeAll
    static void anOldStore() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/event-store").target("1").load().migrate();
        superuser.execute("CREATE SCHEMA read_model");
        superuser.execute("CREATE TABLE read_model.platform (platform_id VARCHAR(64) PRIMARY KEY)");
        insert("JS-001", 0, "cn.x.PlatformDeclaredEvent", "1", "{\"title\":\"智能制造\"}", "{\"user\":\"u\"}");
        insert("JS-001", 1, "cn.x.InstallmentRecordedEvent", null, "{\"amount\":{\"fen\":150000}}", null);
        insert("JS-001", 2, "cn.x.ExpenditureRecordedEvent", "2", "", "{}");
        insert("平台-2", 0, "cn.x.PlatformDeclaredEvent", "1", "{\"a\":\"\\u0000\"}", "{\"reason\":\"更正\"}");
        insert("平台-2", 1, "cn.x.InstallmentRecordedEvent", "1", "{\"amount\":{\"fen\":1}}", "{\"user\":\"v\"}");

        DatabaseRoles.apply(postgres.getPostgresDatabase(), new RolePasswords("o", "c", "q", "a"));
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        owner.setUser(DatabaseRoles.OWNER);
        DatabaseMigrations.migrate(owner);
    }

    private static void insert(String platform, long sequence, String type, String revision, String payload,
                               String metaData) {
        superuser.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                  type, time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'Platform', ?, ?, ?, ?, ?)""", platform + "/" + sequence, platform, sequence,
                "2020-04-0%dT01:02:03.456Z".formatted(sequence + 1), type, revision,
                payload.getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void oldEventsAreChainedExactlyAsTheKernelHashesThem() {
        for (String platform : List.of("JS-001", "平台-2")) {
            List<StoredEventRow> rows = EventRows.of(superuser, platform);
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.eventHash()).isEqualTo(EventHash.of(row)));
            assertThat(rows.get(0).previousHash()).isEqualTo(EventHash.genesis());
            assertThat(EventRows.verify(superuser, rows, EventRows.ring(Path.of("no-keys-needed"))).valid()).isTrue();
        }
    }

    @Test
    void eventsFromBeforeSigningAreRecordedOnceAndNobodyMovesThatBoundary() {
        assertThat(superuser.queryForList("SELECT aggregate_identifier || ':' || last_sequence FROM event_store.legacy_head "
                + "ORDER BY aggregate_identifier", String.class)).containsExactly("JS-001:2", "平台-2:1");
        for (String change : List.of("INSERT INTO event_store.legacy_head VALUES ('JS-009', 5)",
                "UPDATE event_store.legacy_head SET last_sequence = 99", "DELETE FROM event_store.legacy_head")) {
            assertThatThrownBy(() -> as(DatabaseRoles.COMMAND).execute(change)).as(change)
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> as(DatabaseRoles.OWNER).execute(change)).as(change)
                    .hasStackTraceContaining("is fixed since event signing began");
        }
    }

    @Test
    void anUnsignedEventAppendedAfterTheUpgradeIsNotTakenForAnOldOne() {
        List<StoredEventRow> rows = EventRows.of(superuser, "平台-2");
        StoredEventRow last = rows.get(rows.size() - 1);
        StoredEventRow inserted = new StoredEventRow("平台-2", 2, "平台-2/2", "Platform", "2020-04-03T01:02:03.456Z",
                "cn.x.InstallmentRecordedEvent", "1", "{\"amount\":{\"fen\":5000000000}}".getBytes(StandardCharsets.UTF_8),
                "{\"user\":\"finance\"}".getBytes(StandardCharsets.UTF_8), null, null).chainedTo(last.eventHash());
        // Verified beside the stored rows (TamperIT inserts such a row as ledger_command; here the store stays as migrated).
        List<StoredEventRow> withInserted = new java.util.ArrayList<>(rows);
        withInserted.add(inserted);
        ChainVerdict verdict = EventRows.verify(superuser, withInserted, EventRows.ring(Path.of("no-keys")));
        assertThat(verdict.legacyEvents()).isEqualTo(2);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(2);
    }

    private static JdbcTemplate as(String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        source.setUser(role);
        return new JdbcTemplate(source);
    }

    @Test
    void theOldStoreBelongsToTheLedgersRolesAfterwards() {
        assertThat(superuser.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'event_store'",
                String.class)).containsExactly(DatabaseRoles.OWNER);
        assertThat(superuser.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'read_model' "
                + "AND tablename = 'platform'", String.class)).isEqualTo(DatabaseRoles.QUERY);
        assertThat(superuser.queryForObject("SELECT has_table_privilege(?, 'event_store.domain_event_entry', 'SELECT')",
                Boolean.class, DatabaseRoles.QUERY)).isTrue();
        assertThat(superuser.queryForObject("SELECT has_table_privilege(?, 'read_model.platform', 'SELECT')",
                Boolean.class, DatabaseRoles.AUDITOR)).isTrue();
        assertThat(superuser.queryForObject("SELECT has_table_privilege(?, 'command_side.idempotency_key', 'INSERT')",
                Boolean.class, DatabaseRoles.COMMAND)).isTrue();
    }
}
