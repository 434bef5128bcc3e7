package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier on files only: an export, a checkpoint file, the checkpoint public key and the command side's
 * public event-signing key.
 */
class OfflineVerifierTest {

    private static final KeyPair KEY = Ed25519Keys.generate();
    private static final KeyPair RETIRED_EVENT_KEY = Ed25519Keys.generate();

    @TempDir
    Path dir;
    private final List<String> lines = new ArrayList<>();
    private Path checkpoint;
    private Path publicKey;
    private Path eventKey;
    private String output;

    /** Six events, one per transaction, each signed by the command side's key. */
    @BeforeEach
    void anExportedPlatformAndItsCheckpoint() throws IOException {
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 6; i++) {
            StoredEventRow row = Ledgers.signed(Ledgers.unchained("JS-001", i, 1000 + i).chainedTo(previous), i,
                    Ledgers.SIGNING_KEY);
            lines.add(HistoryLines.line(100 + i, row));
            previous = row.eventHash();
        }
        checkpoint = signed(5, previous, -1, KEY);
        publicKey = Files.writeString(dir.resolve("key.pem"), Ed25519Keys.publicKeyPem(KEY.getPublic()));
        eventKey = Files.writeString(dir.resolve("event-key.pem"),
                Ed25519Keys.publicKeyPem(Ledgers.SIGNING_KEY.getPublic()));
    }

    private Path signed(long sequence, byte[] head, long legacyThrough, KeyPair key) throws IOException {
        SignedCheckpoint signed = SignedCheckpoint.sign(new Checkpoint(9, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new CheckpointHead("JS-001", sequence, head, legacyThrough),
                        new CheckpointHead("JS-002", 0, new byte[32]))), key);
        return Files.writeString(dir.resolve("checkpoint.json"), CheckpointJson.toJson(signed, List.of()).toString());
    }

    private int run(List<String> history, String... arguments) throws IOException {
        Path file = Files.write(dir.resolve("history.jsonl"), history, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("verify", "--history", file.toString()));
        args.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private int verify(List<String> history, String... more) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--event-key", eventKey.toString()));
        arguments.addAll(List.of(more));
        return run(history, arguments.toArray(String[]::new));
    }

    private int verifyWithCheckpoint(List<String> history) throws IOException {
        return verify(history, "--checkpoint", checkpoint.toString(), "--public-key", publicKey.toString());
    }

    /** The next event, correctly chained, carrying {@code like}'s signature (null: none): what a row writer can add. */
    private List<String> withInserted(String like) {
        StoredEventRow last = HistoryLines.row(lines.get(lines.size() - 1));
        StoredEventRow inserted = Ledgers.unchained("JS-001", 6, 5_000_000_000_00L).chainedTo(last.eventHash())
                .signedWith(like == null ? null : HistoryLines.row(like).signature());
        List<String> history = new ArrayList<>(lines);
        history.add(HistoryLines.line(106, inserted));
        return history;
    }

    @Test
    void anUntouchedExportIsValid() throws IOException {
        assertThat(verifyWithCheckpoint(lines)).isZero();
        assertThat(output).contains("checkpoint #9", "signature valid", "vouches for sequence 5", "6 events", "VALID",
                "event-signing keys " + Ed25519Keys.keyId(Ledgers.SIGNING_KEY.getPublic()));
    }

    @Test
    void aChangedAmountIsBrokenAtItsEvent() throws IOException {
        List<String> tampered = new ArrayList<>(lines);
        StoredEventRow row = HistoryLines.row(lines.get(2));
        byte[] payload = row.payload().clone();
        payload[payload.length - 3]++;
        tampered.set(2, HistoryLines.line(102, new StoredEventRow(row.aggregateIdentifier(), 2, row.eventIdentifier(),
                row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(), payload, row.metaData(),
                row.previousHash(), row.eventHash(), row.signature())));
        assertThat(verifyWithCheckpoint(tampered)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 2 (event " + row.eventIdentifier() + "): HASH_MISMATCH");
    }

    @Test
    void aRemovedLastEventIsBrokenOnlyAgainstTheCheckpoint() throws IOException {
        List<String> truncated = lines.subList(0, 5);
        assertThat(verify(truncated)).isZero();
        assertThat(output).contains("warning: no checkpoint");
        assertThat(verifyWithCheckpoint(truncated)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 5: TRUNCATED");
    }

    @Test
    void aCorrectlyChainedEventWithoutTheCommandSidesSignatureIsUnsignedEvenWithoutACheckpoint() throws IOException {
        List<String> history = withInserted(null);
        String id = HistoryLines.row(history.get(6)).eventIdentifier();
        assertThat(verifyWithCheckpoint(history)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 6 (event " + id + "): UNSIGNED");
        assertThat(verify(history)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 6 (event " + id + "): UNSIGNED");
    }

    @Test
    void aSignatureCopiedFromAnotherEventIsForged() throws IOException {
        List<String> history = withInserted(lines.get(5));
        assertThat(verify(history)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 6 (event " + HistoryLines.row(history.get(6)).eventIdentifier()
                + "): FORGED", "does not verify");
    }

    @Test
    void eventsFromBeforeSigningAreVouchedForOnlyByAFormatTwoCheckpointThatSaysSo() throws IOException {
        List<String> history = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 5; i++) {
            StoredEventRow row = Ledgers.unchained("JS-001", i, 2000 + i).chainedTo(previous);
            history.add(HistoryLines.line(200 + i, i < 3 ? row : Ledgers.signed(row, i, Ledgers.SIGNING_KEY)));
            previous = row.eventHash();
        }
        checkpoint = signed(4, previous, 2, KEY);
        assertThat(verifyWithCheckpoint(history)).isZero();
        assertThat(output).contains("events 0 to 2 are from before event signing began: checkpoint #9 vouches",
                "VALID");
        assertThat(verify(history)).isEqualTo(1);
        assertThat(output).contains("no checkpoint of format v2 names this platform", "BROKEN at sequence 0",
                "UNSIGNED");
    }

    @Test
    void afterARotationBothEventKeysAreGivenAndAMissingOneIsNamed() throws IOException {
        List<String> history = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 4; i++) {
            StoredEventRow row = Ledgers.unchained("JS-001", i, 3000 + i).chainedTo(previous);
            history.add(HistoryLines.line(300 + i, Ledgers.signed(row, i, i < 2 ? RETIRED_EVENT_KEY
                    : Ledgers.SIGNING_KEY)));
            previous = row.eventHash();
        }
        Path retired = Files.writeString(dir.resolve("retired.pem"),
                Ed25519Keys.publicKeyPem(RETIRED_EVENT_KEY.getPublic()));
        assertThat(verify(history, "--event-key", retired.toString())).isZero();
        assertThat(verify(history)).isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 0", "UNKNOWN_KEY",
                Ed25519Keys.keyId(RETIRED_EVENT_KEY.getPublic()));
    }

    @Test
    void aCheckpointSignedByARetiredCheckpointKeyVerifiesWhenThatKeyIsGivenToo() throws IOException {
        KeyPair retired = Ed25519Keys.generate();
        checkpoint = signed(5, HistoryLines.row(lines.get(5)).eventHash(), -1, retired);
        assertThat(verifyWithCheckpoint(lines)).isEqualTo(1);
        assertThat(output).contains("it names key " + Ed25519Keys.keyId(retired.getPublic()), "not among them");
        Path old = Files.writeString(dir.resolve("old-key.pem"), Ed25519Keys.publicKeyPem(retired.getPublic()));
        assertThat(verify(lines, "--checkpoint", checkpoint.toString(), "--public-key", publicKey.toString(),
                "--public-key", old.toString())).isZero();
    }

    @Test
    void aCheckpointThatDoesNotVerifyIsItselfEvidence() throws IOException {
        SignedCheckpoint genuine = CheckpointJson.fromJson(CheckpointJson.JSON.readTree(checkpoint.toFile()));
        Checkpoint moved = new Checkpoint(9, genuine.checkpoint().createdAt(), List.of(
                new CheckpointHead("JS-001", 4, HistoryLines.row(lines.get(4)).eventHash(), -1L)));
        Files.writeString(checkpoint, CheckpointJson.toJson(new SignedCheckpoint(moved, genuine.keyId(),
                genuine.signature()), List.of()).toString());
        assertThat(verifyWithCheckpoint(lines)).isEqualTo(1);
        assertThat(output).contains("does not verify with this public key");
    }

    @Test
    void unusableInputIsExitCodeTwo() throws IOException {
        assertThat(run(lines)).isEqualTo(2);
        assertThat(output).contains("--event-key is required");
        assertThat(verify(lines, "--checkpoint", checkpoint.toString())).isEqualTo(2);
        assertThat(output).contains("--public-key is required");
        assertThat(verify(List.of("{not json"))).isEqualTo(2);
        assertThat(output).contains("line 1");
        List<String> mixed = new ArrayList<>(lines);
        mixed.add(HistoryLines.line(1, Ledgers.unchained("JS-002", 0, 1).chainedTo(EventHash.genesis())));
        assertThat(verify(mixed)).isEqualTo(2);
        assertThat(output).contains("export one platform per file");
    }
}
