package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.kernel.document.DocumentHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier on an evidence bundle (ADR 0021): the chain as always, each document against the hash it is
 * named by, and every document an event cites present in the bundle.
 */
class OfflineVerifierBundleTest {

    private static final byte[] VOUCHER = "%PDF-1.4 voucher".getBytes(StandardCharsets.US_ASCII);
    private static final String HASH = DocumentHash.of(VOUCHER).value();

    @TempDir
    Path dir;
    private final List<String> history = new ArrayList<>();
    private Path eventKey;
    private String output;

    /** Three signed events; the second cites the voucher. */
    @BeforeEach
    void aPlatformWhoseSecondEventCitesADocument() throws IOException {
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 3; i++) {
            String payload = i == 1 ? "{\"amount\":{\"fen\":100},\"documents\":[\"" + HASH + "\"]}"
                    : "{\"amount\":{\"fen\":%d}}".formatted(i);
            StoredEventRow row = Ledgers.signed(new StoredEventRow("JS-001", i, UUID.randomUUID().toString(),
                    "Platform", "2025-04-01T08:00:0%d.000Z".formatted(i), Ledgers.FACT, "1",
                    payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), null, null)
                    .chainedTo(previous), i, Ledgers.SIGNING_KEY);
            history.add(HistoryLines.line(10 + i, row));
            previous = row.eventHash();
        }
        eventKey = Files.writeString(dir.resolve("event-key.pem"),
                Ed25519Keys.publicKeyPem(Ledgers.SIGNING_KEY.getPublic()));
    }

    private Path bundle(Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve("bundle-" + UUID.randomUUID() + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private Map<String, byte[]> entries(byte[] voucher) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("history.jsonl", (String.join("\n", history) + "\n").getBytes(StandardCharsets.UTF_8));
        if (voucher != null) {
            entries.put("documents/" + HASH + ".pdf", voucher);
        }
        return entries;
    }

    private int verify(String... arguments) {
        List<String> args = new ArrayList<>(List.of("verify"));
        args.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void anUntouchedBundleIsValid() throws IOException {
        assertThat(verify("--bundle", bundle(entries(VOUCHER)).toString(), "--event-key", eventKey.toString()))
                .isZero();
        assertThat(output).contains("3 events", "documents: 1 in the bundle, 1 cited by events, each matches its hash",
                "VALID");
    }

    @Test
    void aDocumentWithOneByteChangedIsBroken() throws IOException {
        byte[] altered = VOUCHER.clone();
        altered[altered.length - 1]++;
        assertThat(verify("--bundle", bundle(entries(altered)).toString(), "--event-key", eventKey.toString()))
                .isEqualTo(1);
        assertThat(output).contains("BROKEN: document " + HASH + " does not hash to its name").doesNotContain("VALID");
    }

    @Test
    void aCitedDocumentMissingFromTheBundleIsBroken() throws IOException {
        assertThat(verify("--bundle", bundle(entries(null)).toString(), "--event-key", eventKey.toString()))
                .isEqualTo(1);
        assertThat(output).contains("BROKEN: document " + HASH + ", cited by event", "(sequence 1), is not in the bundle");
    }

    @Test
    void aBrokenChainInABundleIsStillBroken() throws IOException {
        StoredEventRow first = HistoryLines.row(history.get(0));
        byte[] payload = "{\"amount\":{\"fen\":9}}".getBytes(StandardCharsets.UTF_8);
        history.set(0, HistoryLines.line(10, new StoredEventRow(first.aggregateIdentifier(), first.sequenceNumber(),
                first.eventIdentifier(), first.type(), first.timestamp(), first.payloadType(), first.payloadRevision(),
                payload, first.metaData(), first.previousHash(), first.eventHash()).signedWith(first.signature())));
        assertThat(verify("--bundle", bundle(entries(VOUCHER)).toString(), "--event-key", eventKey.toString()))
                .isEqualTo(1);
        assertThat(output).contains("BROKEN at sequence 0");
    }

    @Test
    void aBundleThatIsNoLedgersBundleCannotBeVerified() throws IOException {
        Map<String, byte[]> strange = entries(VOUCHER);
        strange.put("run-me.sh", new byte[] {1});
        assertThat(verify("--bundle", bundle(strange).toString(), "--event-key", eventKey.toString())).isEqualTo(2);
        assertThat(output).contains("unexpected entry run-me.sh");
        Map<String, byte[]> noHistory = entries(VOUCHER);
        noHistory.remove("history.jsonl");
        assertThat(verify("--bundle", bundle(noHistory).toString(), "--event-key", eventKey.toString())).isEqualTo(2);
        Path history = Files.writeString(dir.resolve("h.jsonl"), "");
        assertThat(verify("--bundle", bundle(entries(VOUCHER)).toString(), "--history", history.toString(),
                "--event-key", eventKey.toString())).isEqualTo(2);
        assertThat(output).contains("one of --history and --bundle is required");
    }
}
