package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
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

/** The offline verifier on files only: an export, a checkpoint file and a public key PEM. */
class OfflineVerifierTest {

    private static final KeyPair KEY = Ed25519Keys.generate();

    @TempDir
    Path dir;
    private final List<String> lines = new ArrayList<>();
    private Path checkpoint;
    private Path publicKey;
    private String output;

    @BeforeEach
    void anExportedPlatformAndItsCheckpoint() throws IOException {
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 6; i++) {
            StoredEventRow row = Ledgers.unchained("JS-001", i, 1000 + i).chainedTo(previous);
            lines.add(HistoryLines.line(100 + i, row));
            previous = row.eventHash();
        }
        checkpoint = signed(5, previous, KEY);
        publicKey = Files.writeString(dir.resolve("key.pem"), Ed25519Keys.publicKeyPem(KEY.getPublic()));
    }

    private Path signed(long sequence, byte[] head, KeyPair key) throws IOException {
        SignedCheckpoint signed = SignedCheckpoint.sign(new Checkpoint(9, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new CheckpointHead("JS-001", sequence, head), new CheckpointHead("JS-002", 0, new byte[32]))), key);
        return Files.writeString(dir.resolve("checkpoint.json"), CheckpointJson.toJson(signed, List.of()).toString());
    }

    private int verify(List<String> history, String... more) throws IOException {
        Path file = Files.write(dir.resolve("history.jsonl"), history, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("verify", "--history", file.toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private int verifyWithCheckpoint(List<String> history) throws IOException {
        return verify(history, "--checkpoint", checkpoint.toString(), "--public-key", publicKey.toString());
    }

    @Test
    void anUntouchedExportIsValid() throws IOException {
        assertThat(verifyWithCheckpoint(lines)).isZero();
        assertThat(output).contains("checkpoint #9", "signature valid", "vouches for sequence 5", "6 events", "VALID");
    }

    @Test
    void aChangedAmountIsBrokenAtItsEvent() throws IOException {
        List<String> tampered = new ArrayList<>(lines);
        StoredEventRow row = HistoryLines.row(lines.get(2));
        byte[] payload = row.payload().clone();
        payload[payload.length - 3]++;
        tampered.set(2, HistoryLines.line(102, new StoredEventRow(row.aggregateIdentifier(), 2, row.eventIdentifier(),
                row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(), payload, row.metaData(),
                row.previousHash(), row.eventHash())));
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
    void aCheckpointThatDoesNotVerifyIsItselfEvidence() throws IOException {
        checkpoint = signed(5, HistoryLines.row(lines.get(5)).eventHash(), Ed25519Keys.generate());
        assertThat(verifyWithCheckpoint(lines)).isEqualTo(1);
        assertThat(output).contains("does not verify with this public key");
    }

    @Test
    void unusableInputIsExitCodeTwo() throws IOException {
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
