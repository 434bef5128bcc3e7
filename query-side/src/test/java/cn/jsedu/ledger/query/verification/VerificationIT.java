package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
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
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verification and checkpoints of the query side on a real event table: what is signed, what is found, and where.
 * Tampering here edits the table directly (the test database has the tables but not the append-only guard). The
 * command side's signatures are made with {@link Ledgers#SIGNING_KEY}, whose public key the query side is given.
 */
@SpringBootTest(classes = QuerySideApplication.class, properties = {QuerySideApplication.CONFIG_NAME,
        "ledger.checkpoints.interval=0"})
class VerificationIT {

    private static final Path FILES = temporaryFolder();
    private static final Path EVENT_KEYS = FILES.resolve("event-keys");

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
        registry.add("ledger.event-signing.public-keys", () -> Ledgers.publishPublicKey(EVENT_KEYS,
                Ledgers.SIGNING_KEY).toString());
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
                checkpoint.toString(), "--public-key", key.toString(), "--event-key", EVENT_KEYS.toString()},
                new java.io.PrintStream(out, true));
        assertThat(out.toString()).contains("VALID", "vouches for sequence 3");
        assertThat(exit).isZero();
    }

    @Test
    void anEventInsertedWithoutTheCommandSidesSignatureIsUnsignedAndNoCheckpointMovesPastIt() {
        List<StoredEventRow> rows = Ledgers.append(jdbc, "V-UNSIGNED", 3);
        StoredEventRow inserted = Ledgers.unchained("V-UNSIGNED", 3, 5_000_000_000_00L).chainedTo(rows.get(2).eventHash());
        Ledgers.insert(jdbc, inserted);

        PlatformVerificationReport report = verify("V-UNSIGNED");
        assertThat(report.valid()).isFalse();
        assertThat(report.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(report.firstBroken().sequenceNumber()).isEqualTo(3);
        assertThat(report.firstBroken().eventId()).isEqualTo(inserted.eventIdentifier());

        Checkpoints.Created created = checkpoints.create();
        assertThat(created.brokenPlatforms()).contains("V-UNSIGNED");
        assertThat(created.signed().checkpoint().byPlatform().get("V-UNSIGNED").lastSequence()).isEqualTo(2);
        assertThat(verification.programme(null).broken()).filteredOn(p -> p.platformId().equals("V-UNSIGNED"))
                .singleElement().satisfies(p -> assertThat(p.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED));
    }

    @Test
    void aSignatureCopiedFromAnotherEventIsForged() {
        List<StoredEventRow> rows = Ledgers.append(jdbc, "V-COPIED", 2);
        StoredEventRow inserted = Ledgers.unchained("V-COPIED", 2, 5_000_000_000_00L).chainedTo(rows.get(1).eventHash())
                .signedWith(rows.get(1).signature());
        Ledgers.insert(jdbc, inserted);
        PlatformVerificationReport report = verify("V-COPIED");
        assertThat(report.firstBroken().problem()).isEqualTo(ChainProblem.FORGED);
        assertThat(report.firstBroken().sequenceNumber()).isEqualTo(2);
        assertThat(report.firstBroken().eventId()).isEqualTo(inserted.eventIdentifier());
    }

    @Test
    void afterAnEventKeyRotationOldAndNewEventsVerifyAndARemovedKeyIsNamed() throws IOException {
        KeyPair retired = Ed25519Keys.generate();
        Path retiredFile = EVENT_KEYS.resolve(AppendSignature.KEY_FILE_NAME + "-retired.pub.pem");
        Files.writeString(retiredFile, Ed25519Keys.publicKeyPem(retired.getPublic()));
        try {
            Ledgers.append(jdbc, "V-ROTATE", 2, retired);
            Ledgers.append(jdbc, "V-ROTATE", 2, Ledgers.SIGNING_KEY);
            assertThat(verify("V-ROTATE").valid()).isTrue();

            Files.delete(retiredFile);
            PlatformVerificationReport removed = verify("V-ROTATE");
            assertThat(removed.firstBroken().problem()).isEqualTo(ChainProblem.UNKNOWN_KEY);
            assertThat(removed.firstBroken().sequenceNumber()).isZero();
            assertThat(removed.firstBroken().detail()).contains(Ed25519Keys.keyId(retired.getPublic()));
        } finally {
            Files.writeString(retiredFile, Ed25519Keys.publicKeyPem(retired.getPublic()));
        }
        assertThat(verify("V-ROTATE").valid()).isTrue();
    }

    @Test
    void aCheckpointSignedByARetiredCheckpointKeyStillVerifiesWhileItsPublicKeyIsKept() throws IOException {
        Ledgers.append(jdbc, "V-OLDKEY", 1);
        Checkpoint content = checkpoints.create().signed().checkpoint();
        KeyPair retired = Ed25519Keys.generate();
        long counter = content.counter() + 500;
        SignedCheckpoint old = SignedCheckpoint.sign(new Checkpoint(counter, content.createdAt(), content.heads()),
                retired);
        jdbc.update("""
                INSERT INTO read_model.ledger_checkpoint (counter, created_at, key_id, content, signature, platforms,
                  events) VALUES (?, now(), ?, ?, ?, ?, 0)""", counter, old.keyId(), old.checkpoint().canonicalBytes(),
                old.signature(), content.heads().size());
        Path retiredFile = FILES.resolve("keys").resolve(CheckpointKeys.NAME + "-retired.pub.pem");
        Files.writeString(retiredFile, Ed25519Keys.publicKeyPem(retired.getPublic()));
        try {
            assertThat(checkpoints.newestValid().checkpoint().counter()).isEqualTo(counter);
        } finally {
            Files.delete(retiredFile);
        }
        Checkpoints.Newest withoutIt = checkpoints.newestValid();
        assertThat(withoutIt.invalidNewer()).contains(counter);
        assertThatThrownBy(() -> checkpoints.valid(counter)).isInstanceOf(Checkpoints.InvalidCheckpointException.class);
    }
}
