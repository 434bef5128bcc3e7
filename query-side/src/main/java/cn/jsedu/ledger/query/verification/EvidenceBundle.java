package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.query.document.CitedDocuments;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A platform's evidence bundle as the offline verifier reads it (ADR 0021): the history lines, and the evidence
 * documents by the hash each file is named by. The verifier checks the history's chain as always, then
 * {@link #checkDocuments}: each file's bytes against its name, and each document an event cites against the files.
 */
final class EvidenceBundle {

    private static final Pattern DOCUMENT = Pattern.compile(
            Pattern.quote(EvidenceBundleController.DOCUMENTS) + "([0-9a-f]{64})(\\.[a-z]+)?");
    /** No entry of a bundle the ledger writes comes near this; a larger one is no bundle of the ledger's. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private final List<StoredEventRow> events;
    private final Map<String, byte[]> documents;

    private EvidenceBundle(List<StoredEventRow> events, Map<String, byte[]> documents) {
        this.events = events;
        this.documents = documents;
    }

    static EvidenceBundle read(Path zip) throws IOException {
        List<StoredEventRow> events = null;
        Map<String, byte[]> documents = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw new IllegalArgumentException(zip + ": entry " + entry.getName() + " is too large");
                }
                Matcher document = DOCUMENT.matcher(entry.getName());
                if (entry.getName().equals(EvidenceBundleController.HISTORY)) {
                    events = OfflineVerifier.read(new BufferedReader(new InputStreamReader(
                            new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)), zip + "!" + entry.getName());
                } else if (document.matches()) {
                    documents.put(document.group(1), bytes);
                } else if (!entry.isDirectory()) {
                    throw new IllegalArgumentException(zip + ": unexpected entry " + entry.getName());
                }
            }
        }
        if (events == null) {
            throw new IllegalArgumentException(zip + " has no " + EvidenceBundleController.HISTORY);
        }
        return new EvidenceBundle(events, documents);
    }

    List<StoredEventRow> events() {
        return events;
    }

    /** Prints what it checked and each problem; true if every document holds and every cited one is present. */
    boolean checkDocuments(List<StoredEventRow> history, PrintStream out) {
        boolean holds = true;
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            if (!DocumentHash.parse(document.getKey()).matches(document.getValue())) {
                out.println("BROKEN: document " + document.getKey() + " does not hash to its name (its bytes hash to "
                        + DocumentHash.of(document.getValue()) + "): it was altered");
                holds = false;
            }
        }
        Set<String> cited = new LinkedHashSet<>();
        for (StoredEventRow event : history) {
            for (String hash : CitedDocuments.in(event.payload())) {
                if (cited.add(hash) && !documents.containsKey(hash)) {
                    out.println("BROKEN: document " + hash + ", cited by event " + event.eventIdentifier()
                            + " (sequence " + event.sequenceNumber() + "), is not in the bundle");
                    holds = false;
                }
            }
        }
        out.println("documents: " + documents.size() + " in the bundle, " + cited.size() + " cited by events"
                + (holds ? ", each matches its hash" : ""));
        return holds;
    }
}
