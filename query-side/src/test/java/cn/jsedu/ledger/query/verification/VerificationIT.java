package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.query.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verification and checkpoints of the query side on a real event table: what is signed, what is found, and where.
 * Tampering here edits the table directly (the test database has the tables but not the append-only guard).
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        "ledger.checkpoints.interval=0"})
class VerificationIT {

    private static final Path FILES = temporaryFolder();

    @Autowired
    LedgerVerification verification;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    CheckpointKeys keys;
    @Autowired
    EventChainRows rows;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("ledger.checkpoints.dir", () -> FILES.resolve("checkpoints").toString());
        registry.add("ledger.checkpoints.key-dir", () -> FILES.resolve("keys").toString());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ledger-verification");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PlatformVerificationReport verify(String platform) {
        return verification.platform(platform, null).orElseThrow();
    }

    @Test
    void anUntouchedPlatformIsValidAndUnknownOnesAreNotFound() {
        List<StoredEventRow> rows = Ledgers.append(jdbc, "V-OK", 5);
        PlatformVerificationReport report = verify("V-OK");
        assertThat(report.valid()).isTrue();
        assertThat(report.events()).isEqualTo(5);
        assertThat(report.head().sequenceNumber()).isEqualTo(4);
        assertThat(report.head().eventHash()).isEqualTo(cn.jsedu.ledger.kernel.chain.EventHash.hex(rows.get(4).eventHash()));
        assertThat(verification.platform("V-NOWHERE", null)).isEmpty();
    }

    @Test
    void aCheckpointIsSignedStoredAndWrittenForAuditorsWithAPrivateKeyOnlyItsOwnerReads() throws IOException {
        Ledgers.append(jdbc, "V-SIGNED", 3);
        Checkpoints.Created created = checkpoints.create();
        SignedCheckpoint signed = created.signed();
        assertThat(signed.checkpoint().byPlatform().get("V-SIGNED").lastSequence()).isEqualTo(2);

        Path file = FILES.resolve("checkpoints").resolve("checkpoint-%09d.json".formatted(signed.checkpoint().counter()));
        SignedCheckpoint fromFile = CheckpointJson.fromJson(CheckpointJson.JSON.readTree(file.toFile()));
        assertThat(fromFile.verifiesWith(Ed25519Keys.publicKeyFromPem(
                Files.readString(FILES.resolve("keys").resolve(CheckpointKeys.PUBLIC_FILE))))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                FILES.resolve("keys").resolve(CheckpointKeys.PRIVATE_FILE)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(checkpoints.newestValid().checkpoint().counter()).isEqualTo(signed.checkpoint().counter());
        assertThat(verify("V-SIGNED").checkpoint().sequenceNumber()).isEqualTo(2);
    }

    @Test
    void theScheduleSignsOnlyWhenEventsWereAppended() {
        Ledgers.append(jdbc, "V-SCHEDULE", 1);
        assertThat(checkpoints.createIfAppended()).isPresent();
        assertThat(checkpoints.createIfAppended()).isEmpty();
        Ledgers.append(jdbc, "V-SCHEDULE", 1);
        assertThat(checkpoints.createIfAppended()).isPresent();
    }

    @Test
    void aRewriteIsFoundByTheNewestCheckpointAndPlacedByTheOlderOne() {
        Ledgers.append(jdbc, "V-FORGED", 4);
        checkpoints.create();                    // vouches for sequence 3
        Ledgers.append(jdbc, "V-FORGED", 3);
        checkpoints.create();                    // vouches for sequence 6
        String forged = Ledgers.forgeWithRecomputedChain(jdbc, "V-FORGED", 4);

        PlatformVerificationReport report = verify("V-FORGED");
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBroken().problem()).isEqualTo(ChainProblem.REWRITTEN);
        assertThat(report.firstBroken().sequenceNumber()).isEqualTo(4);
        assertThat(report.firstBroken().eventId()).isEqualTo(forged);

        // A later checkpoint does not bless the rewrite: it keeps the head it vouched for before.
        Checkpoints.Created after = checkpoints.create();
        assertThat(after.brokenPlatforms()).contains("V-FORGED");
        assertThat(after.signed().checkpoint().byPlatform().get("V-FORGED").lastSequence()).isEqualTo(6);
        assertThat(verify("V-FORGED").firstBroken().sequenceNumber()).isEqualTo(4);
    }

    @Test
    void theProgrammeReportNamesEveryBrokenPlatformIncludingOneWhoseEventsAreAllGone() {
        Ledgers.append(jdbc, "V-GONE", 2);
        Ledgers.append(jdbc, "V-BYTE", 3);
        checkpoints.create();
        jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = 'V-GONE'");
        jdbc.update("UPDATE event_store.domain_event_entry SET payload = convert_to('{\"amount\":{\"fen\":1}}', 'UTF8') "
                + "WHERE aggregate_identifier = 'V-BYTE' AND sequence_number = 1");

        ProgrammeVerificationReport report = verification.programme(null);
        assertThat(report.valid()).isFalse();
        assertThat(report.broken()).filteredOn(p -> p.platformId().equals("V-GONE")).singleElement()
                .satisfies(p -> assertThat(p.firstBroken().problem()).isEqualTo(ChainProblem.TRUNCATED));
        assertThat(report.broken()).filteredOn(p -> p.platformId().equals("V-BYTE")).singleElement()
                .satisfies(p -> {
                    assertThat(p.firstBroken().problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
                    assertThat(p.firstBroken().sequenceNumber()).isEqualTo(1);
                });
        assertThat(report.broken()).extracting(PlatformVerificationReport::platformId).doesNotContain("V-OK", "V-SIGNED");
    }

    @Test
    void checkpointsAreAppendOnlyAndAForgedOneIsNotTrusted() {
        Ledgers.append(jdbc, "V-CP", 1);
        long honest = checkpoints.create().signed().checkpoint().counter();
        assertThatThrownBy(() -> jdbc.update("DELETE FROM read_model.ledger_checkpoint"))
                .hasStackTraceContaining("read_model.ledger_checkpoint is append-only");
        // Someone with write access adds a "newer" checkpoint of their own making.
        jdbc.update("""
                INSERT INTO read_model.ledger_checkpoint (counter, created_at, key_id, content, signature, platforms, events)
                SELECT counter + 1000, created_at, key_id, content, signature, platforms, events
                FROM read_model.ledger_checkpoint WHERE counter = ?""", honest);
        Checkpoints.Newest newest = checkpoints.newestValid();
        assertThat(newest.checkpoint().counter()).isEqualTo(honest);
        assertThat(newest.invalidNewer()).containsExactly(honest + 1000);
        assertThat(verification.programme(null).invalidCheckpoints()).containsExactly(honest + 1000);
        assertThatThrownBy(() -> verification.platform("V-CP", honest + 1000))
                .isInstanceOf(Checkpoints.InvalidCheckpointException.class);
    }

    @Test
    void anExportedHistoryVerifiesOffline() throws IOException {
        Ledgers.append(jdbc, "V-EXPORT", 4);
        Checkpoints.Created created = checkpoints.create();
        StringBuilder export = new StringBuilder();
        rows.platform("V-EXPORT", (index, row) -> export.append(HistoryLines.line(index, row)).append('\n'));
        Path history = Files.writeString(FILES.resolve("V-EXPORT.jsonl"), export);
        Path checkpoint = Files.writeString(FILES.resolve("cp.json"),
                CheckpointJson.toJson(created.signed(), List.of()).toString());
        Path key = Files.writeString(FILES.resolve("key.pem"), keys.publicKeyPem());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = OfflineVerifier.run(new String[]{"verify", "--history", history.toString(), "--checkpoint",
                checkpoint.toString(), "--public-key", key.toString()}, new java.io.PrintStream(out, true));
        assertThat(out.toString()).contains("VALID", "vouches for sequence 3");
        assertThat(exit).isZero();
    }
}
