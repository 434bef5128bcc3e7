package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.ChainBreak;
import cn.jsedu.ledger.kernel.chain.ChainCheck;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.ExpectedHead;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier (ADR 0010), a mode of the query-side jar that starts no Spring context and needs no
 * database:
 * <pre>
 *   java -jar query-side-*-exec.jar verify --history JS-001.jsonl --event-key event-signing-key.pub.pem \
 *        --checkpoint checkpoint-000000042.json --public-key checkpoint-signing-key.pub.pem
 * </pre>
 * {@code --event-key} (the command side's public event-signing keys: PEM files, or folders in which every
 * {@code event-signing-key*.pub.pem} is one; repeat it for retired keys) is required: without it a row inserted by
 * anyone who can write the database cannot be told from the ledger's. {@code --checkpoint} may be repeated (older
 * checkpoints place a rewrite more precisely), and so may {@code --public-key} (retired checkpoint keys). Instead of
 * {@code --history}, {@code --bundle FILE.zip} takes a platform's evidence bundle ({@link EvidenceBundleController}):
 * its history, and its evidence documents, each checked against the SHA-256 it is named by; every document an event
 * cites must be in the bundle (ADR 0021). Exit code 0: valid; 1: broken, and the output says where; 2: the input could
 * not be read.
 */
public final class OfflineVerifier {

    static final int VALID = 0;
    static final int BROKEN = 1;
    static final int UNUSABLE = 2;

    private static final String USAGE = "usage: verify --history FILE.jsonl|--bundle FILE.zip --event-key FILE.pem|DIR "
            + "[--event-key ...] "
            + "[--checkpoint FILE.json]... [--public-key FILE.pem]... [--platform ID]";

    private OfflineVerifier() {
    }

    public static boolean requested(String[] args) {
        return args.length > 0 && "verify".equals(args[0]);
    }

    public static int run(String[] args, PrintStream out) {
        try {
            return verify(Arguments.parse(args), out);
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException | java.time.DateTimeException e) {
            out.println("CANNOT VERIFY: " + e.getMessage());
            out.println(USAGE);
            return UNUSABLE;
        }
    }

    private record Arguments(Path history, Path bundle, List<Path> checkpoints, List<Path> publicKeys,
                             List<Path> eventKeys, String platform) {

        static Arguments parse(String[] args) {
            Path history = null;
            Path bundle = null;
            String platform = null;
            List<Path> checkpoints = new ArrayList<>();
            List<Path> publicKeys = new ArrayList<>();
            List<Path> eventKeys = new ArrayList<>();
            for (int i = 1; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--history" -> history = Path.of(args[i + 1]);
                    case "--bundle" -> bundle = Path.of(args[i + 1]);
                    case "--checkpoint" -> checkpoints.add(Path.of(args[i + 1]));
                    case "--public-key" -> publicKeys.add(Path.of(args[i + 1]));
                    case "--event-key" -> eventKeys.add(Path.of(args[i + 1]));
                    case "--platform" -> platform = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if ((history == null) == (bundle == null)) {
                throw new IllegalArgumentException("one of --history and --bundle is required");
            }
            if (eventKeys.isEmpty()) {
                throw new IllegalArgumentException("--event-key is required: without the command side's public key "
                        + "an event inserted by anyone who can write the database cannot be told from the ledger's");
            }
            if (!checkpoints.isEmpty() && publicKeys.isEmpty()) {
                throw new IllegalArgumentException("a checkpoint is only worth its signature: --public-key is required");
            }
            return new Arguments(history, bundle, checkpoints, publicKeys, eventKeys, platform);
        }
    }

    private static int verify(Arguments arguments, PrintStream out) throws IOException {
        EvidenceBundle bundle = arguments.bundle() == null ? null : EvidenceBundle.read(arguments.bundle());
        List<StoredEventRow> events = bundle != null ? bundle.events() : read(arguments.history());
        String platform = arguments.platform() != null ? arguments.platform()
                : events.isEmpty() ? null : events.get(0).aggregateIdentifier();
        if (platform == null) {
            throw new IllegalArgumentException("the history is empty: name the platform with --platform");
        }
        for (StoredEventRow event : events) {
            if (!event.aggregateIdentifier().equals(platform)) {
                throw new IllegalArgumentException("the history holds platform " + event.aggregateIdentifier()
                        + " as well as " + platform + ": export one platform per file");
            }
        }
        Map<String, PublicKey> eventKeys = KeyFiles.publicKeys(arguments.eventKeys(), AppendSignature.KEY_FILE_NAME);
        if (eventKeys.isEmpty()) {
            throw new IllegalArgumentException("no event-signing public key in " + arguments.eventKeys());
        }
        out.println("event-signing keys " + String.join(", ", eventKeys.keySet()));
        List<ExpectedHead> expected = new ArrayList<>();
        CheckpointHead legacySource = null;
        long legacyCounter = -1;
        if (!arguments.publicKeys().isEmpty()) {
            Map<String, PublicKey> checkpointKeys = KeyFiles.publicKeys(arguments.publicKeys(), CheckpointKeys.NAME);
            out.println("public key " + String.join(", ", checkpointKeys.keySet()));
            KeyRing checkpointRing = new Ed25519KeyRing(checkpointKeys);
            for (Path file : arguments.checkpoints()) {
                SignedCheckpoint signed = CheckpointJson.fromJson(CheckpointJson.JSON.readTree(file.toFile()));
                long counter = signed.checkpoint().counter();
                KeyRing.Check check = signed.checkIn(checkpointRing);
                if (check != KeyRing.Check.VALID) {
                    out.println("BROKEN: checkpoint #" + counter + " (" + file + ") does not verify with "
                            + (check == KeyRing.Check.UNKNOWN_KEY ? "the given public keys: it names key "
                            + signed.keyId() + ", which is not among them" : "this public key: it was altered or "
                            + "signed by another key"));
                    return BROKEN;
                }
                CheckpointHead head = signed.checkpoint().byPlatform().get(platform);
                out.println("checkpoint #" + counter + " of " + signed.checkpoint().createdAt() + ": signature valid, "
                        + (head == null ? "does not name platform " + platform
                        : "vouches for sequence " + head.lastSequence() + " (hash " + EventHash.hex(head.headHash()) + ")"));
                if (head != null) {
                    expected.add(head.expectedBy(counter));
                    if (head.legacyThrough() != null && counter > legacyCounter) {
                        legacySource = head;
                        legacyCounter = counter;
                    }
                }
            }
        }
        if (expected.isEmpty()) {
            out.println("warning: no checkpoint vouches for this platform: a removed tail or a recomputed chain "
                    + "cannot be detected");
        }
        long legacyThrough = legacySource == null ? -1 : legacySource.legacyThrough();
        if (legacyThrough >= 0) {
            out.println("events 0 to " + legacyThrough + " are from before event signing began: checkpoint #"
                    + legacyCounter + " vouches for them");
        } else if (legacySource == null) {
            out.println("note: no checkpoint of format v2 names this platform: events from before event signing "
                    + "began (if any) cannot be told from inserted ones");
        }
        ChainCheck check = new ChainCheck(platform, expected, new Ed25519KeyRing(eventKeys), legacyThrough);
        events.forEach(check::accept);
        ChainVerdict verdict = check.finish();
        out.println("platform " + platform + ": " + verdict.events() + " events"
                + (verdict.headSequence() < 0 ? "" : ", head sequence " + verdict.headSequence() + " (hash "
                + EventHash.hex(verdict.headHash()) + ")"));
        ChainBreak broken = verdict.firstBroken();
        boolean documentsHold = bundle == null || bundle.checkDocuments(events, out);
        if (broken == null && documentsHold) {
            out.println("VALID");
            return VALID;
        }
        if (broken != null) {
            out.println("BROKEN at sequence " + broken.sequenceNumber()
                    + (broken.eventId() == null ? "" : " (event " + broken.eventId() + ")") + ": " + broken.problem()
                    + " - " + broken.detail());
        }
        return BROKEN;
    }

    private static List<StoredEventRow> read(Path history) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
            return read(reader, history.toString());
        }
    }

    /** The history lines of {@code reader} ({@code source} names it in errors). */
    static List<StoredEventRow> read(BufferedReader reader, String source) throws IOException {
        List<StoredEventRow> events = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(HistoryLines.row(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage());
            }
        }
        return events;
    }
}
