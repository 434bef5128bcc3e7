package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.query.QuerySideApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store upgraded to event signing (ADR 0010): its platforms' events from before carry no signature, and a checkpoint
 * of the old format (v1) vouches for some of them. The upgrade's migration records every platform's head; until the
 * first checkpoint after it, verification exempts exactly those events; that checkpoint signs the boundaries, and from
 * then on they are what counts, whatever the store's record says. Nothing appended afterwards passes unsigned.
 */
class SigningUpgradeIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void aStoreFromBeforeSigningUpgraded() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/event-store").target("2").load().migrate();
        unsignedChain("UP-1", 3);
        unsignedChain("UP-2", 2);
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("event_store").defaultSchema("event_store")
                .locations("classpath:db/event-store").load().migrate();

        Path files = Files.createTempDirectory("signing-upgrade");
        querySide = new SpringApplicationBuilder(QuerySideApplication.class).properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--ledger.checkpoints.interval=0", "--ledger.checkpoints.dir=" + files.resolve("checkpoints"),
                        "--ledger.checkpoints.key-dir=" + files.resolve("keys"),
                        "--ledger.event-signing.public-keys=" + Ledgers.publishPublicKey(files.resolve("event-keys"),
                                Ledgers.SIGNING_KEY));
        // The checkpoint of the old format that the query side signed before the upgrade.
        List<StoredEventRow> up1 = Ledgers.rows(jdbc, "UP-1");
        SignedCheckpoint old = SignedCheckpoint.sign(new Checkpoint(1, 1, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new CheckpointHead("UP-1", 2, up1.get(2).eventHash(), null))),
                querySide.getBean(CheckpointKeys.class).keyPair());
        querySide.getBean(CheckpointStore.class).insert(old, 5, List.of());
    }

    private static void unsignedChain(String platform, int events) {
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < events; i++) {
            StoredEventRow row = Ledgers.unchained(platform, i, 100 + i).chainedTo(previous);
            jdbc.update("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                      type, time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), platform, i, row.type(),
                    row.timestamp(), row.payloadType(), row.payloadRevision(), row.payload(), row.metaData(),
                    row.previousHash(), row.eventHash());
            previous = row.eventHash();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        querySide.close();
        postgres.close();
    }

    @Test
    void theOldEventsAreExemptAsRecordedThenAsSignedAndNothingNewIs() {
        LedgerVerification verification = querySide.getBean(LedgerVerification.class);
        Checkpoints checkpoints = querySide.getBean(Checkpoints.class);
        assertThat(jdbc.queryForList("SELECT aggregate_identifier || ':' || last_sequence FROM event_store.legacy_head "
                + "ORDER BY 1", String.class)).containsExactly("UP-1:2", "UP-2:1");

        // Before the first checkpoint after the upgrade: the store's record, beside the old checkpoint's head.
        PlatformVerificationReport before = verification.platform("UP-1", null).orElseThrow();
        assertThat(before.valid()).as(before.toString()).isTrue();
        assertThat(before.checkpoint().counter()).isEqualTo(1);
        assertThat(before.legacyThrough()).isEqualTo(2);

        Ledgers.append(jdbc, "UP-1", 2);
        Checkpoints.Created first = checkpoints.create();
        assertThat(first.brokenPlatforms()).isEmpty();
        assertThat(first.signed().checkpoint().format()).isEqualTo(2);
        assertThat(first.signed().checkpoint().byPlatform().get("UP-1"))
                .satisfies(head -> {
                    assertThat(head.lastSequence()).isEqualTo(4);
                    assertThat(head.legacyThrough()).isEqualTo(2);
                });
        assertThat(first.signed().checkpoint().byPlatform().get("UP-2").legacyThrough()).isEqualTo(1);

        // Someone who can change the store's record moves the boundary and appends unsigned: the signed one holds.
        jdbc.update("UPDATE event_store.legacy_head SET last_sequence = 99");
        List<StoredEventRow> rows = Ledgers.rows(jdbc, "UP-1");
        StoredEventRow inserted = Ledgers.unchained("UP-1", 5, 5_000_000_000_00L).chainedTo(rows.get(4).eventHash());
        Ledgers.insert(jdbc, inserted);
        PlatformVerificationReport after = verification.platform("UP-1", null).orElseThrow();
        assertThat(after.legacyThrough()).isEqualTo(2);
        assertThat(after.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(after.firstBroken().sequenceNumber()).isEqualTo(5);
        assertThat(after.firstBroken().eventId()).isEqualTo(inserted.eventIdentifier());

        // A platform that did not exist at the upgrade has no old events, whatever the record says.
        jdbc.update("INSERT INTO event_store.legacy_head VALUES ('UP-NEW', 0)");
        Ledgers.insert(jdbc, Ledgers.unchained("UP-NEW", 0, 1).chainedTo(EventHash.genesis()));
        assertThat(verification.platform("UP-NEW", null).orElseThrow().firstBroken().problem())
                .isEqualTo(ChainProblem.UNSIGNED);

        Checkpoints.Created second = checkpoints.create();
        assertThat(second.brokenPlatforms()).containsExactlyInAnyOrder("UP-1", "UP-NEW");
        assertThat(second.signed().checkpoint().byPlatform().get("UP-1").lastSequence()).isEqualTo(4);
        assertThat(second.signed().checkpoint().byPlatform().get("UP-1").legacyThrough()).isEqualTo(2);
        assertThat(second.signed().checkpoint().byPlatform()).doesNotContainKey("UP-NEW");
    }
}
