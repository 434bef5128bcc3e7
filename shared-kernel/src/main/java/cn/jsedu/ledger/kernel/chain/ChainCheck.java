package cn.jsedu.ledger.kernel.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks one platform's events, fed in sequence order, one at a time (a programme-wide check streams millions):
 * sequence numbers contiguous from 0, every hash recomputes, every event chained to its predecessor, every event
 * covered by a valid signature of the command side ({@link AppendSignature}) unless it is from before event signing
 * began ({@code legacyThrough}), and the stream still reaches every head that a signed checkpoint vouches for with
 * the same hash. The verdict names the first broken event; a change found by a checkpoint is placed just after the
 * newest head that still matches.
 *
 * <p>An event is covered by the first signature at or after it whose range starts at or before it. An event no
 * signature covers is {@link ChainProblem#UNSIGNED}; one whose covering signature does not verify is
 * {@link ChainProblem#FORGED} (or {@link ChainProblem#UNKNOWN_KEY} when the key it names is not in the ring).
 */
public final class ChainCheck {

    private final String platformId;
    private final List<ExpectedHead> expected;
    private final KeyRing keys;
    private final long legacyThrough;
    private final Map<Long, List<ExpectedHead>> expectedAt = new HashMap<>();
    private final Set<Long> idPositions = new HashSet<>();
    private final Map<Long, String> eventIdAt = new HashMap<>();
    private final List<ExpectedHead> matched = new ArrayList<>();
    private final List<ExpectedHead> mismatched = new ArrayList<>();
    private final Map<ExpectedHead, byte[]> foundHash = new HashMap<>();

    private long events;
    private long nextSequence;
    private byte[] previousHash = EventHash.genesis();
    private long headSequence = -1;
    private byte[] headHash;
    private ChainBreak chainBreak;
    /** The last event that chains and is covered by a signature or by the legacy rule, and its hash. */
    private long coveredThrough = -1;
    private byte[] coveredHash;
    /** The first event after {@code coveredThrough} (no signature seen yet that covers it), or -1. */
    private long pendingFrom = -1;
    private String pendingId;
    private long legacyEvents;

    /**
     * @param expected      heads that signed checkpoints vouch for
     * @param keys          the command side's public keys (current and retired) to check signatures with
     * @param legacyThrough the platform's last sequence number appended before event signing began (-1: none):
     *                      events up to it need no signature (ADR 0010 says what vouches for them)
     */
    public ChainCheck(String platformId, List<ExpectedHead> expected, KeyRing keys, long legacyThrough) {
        this.platformId = platformId;
        this.expected = expected.stream().sorted(Comparator.comparingLong(ExpectedHead::sequenceNumber)).toList();
        this.keys = Objects.requireNonNull(keys, "keys");
        this.legacyThrough = legacyThrough;
        idPositions.add(0L);
        for (ExpectedHead head : this.expected) {
            expectedAt.computeIfAbsent(head.sequenceNumber(), s -> new ArrayList<>()).add(head);
            idPositions.add(head.sequenceNumber() + 1);
        }
    }

    public void accept(StoredEventRow event) {
        events++;
        headSequence = event.sequenceNumber();
        headHash = event.eventHash();
        if (chainBreak != null) {
            return;
        }
        long sequence = event.sequenceNumber();
        String id = event.eventIdentifier();
        if (sequence > nextSequence) {
            chainBreak = new ChainBreak(nextSequence, null, ChainProblem.SEQUENCE_GAP, nextSequence == 0
                    ? "the stream starts at sequence %d (event %s): sequence 0 is missing".formatted(sequence, id)
                    : "sequence %d is missing: the stream goes from %d to %d (event %s)".formatted(nextSequence,
                    nextSequence - 1, sequence, id));
            return;
        }
        if (sequence < nextSequence) {
            chainBreak = new ChainBreak(sequence, id, ChainProblem.OUT_OF_ORDER,
                    "sequence %d appears again after sequence %d".formatted(sequence, nextSequence - 1));
            return;
        }
        if (idPositions.contains(sequence)) {
            eventIdAt.put(sequence, id);
        }
        if (event.eventHash() == null) {
            chainBreak = new ChainBreak(sequence, id, ChainProblem.HASH_MISSING,
                    "the event has no hash: it was not written by the ledger's append path");
            return;
        }
        if (!Arrays.equals(EventHash.of(event), event.eventHash())) {
            chainBreak = new ChainBreak(sequence, id, ChainProblem.HASH_MISMATCH,
                    "the stored bytes and fields do not hash to the stored hash %s: the event was changed after it "
                            .formatted(EventHash.hex(event.eventHash())) + "was appended");
            return;
        }
        if (!Arrays.equals(event.previousHash(), previousHash)) {
            chainBreak = new ChainBreak(sequence, id, ChainProblem.CHAIN_BROKEN, sequence == 0
                    ? "the first event's previous hash is %s, not zeros".formatted(EventHash.hex(event.previousHash()))
                    : ("the event is chained to %s but the stored event %d hashes to %s: event %d was changed and "
                    + "re-hashed, or this link was").formatted(EventHash.hex(event.previousHash()), sequence - 1,
                    EventHash.hex(previousHash), sequence - 1));
            return;
        }
        for (ExpectedHead head : expectedAt.getOrDefault(sequence, List.of())) {
            (Arrays.equals(head.hash(), event.eventHash()) ? matched : mismatched).add(head);
            foundHash.put(head, event.eventHash());
        }
        previousHash = event.eventHash();
        nextSequence++;
        cover(event);
    }

    /** Signature coverage of a chained event; sets {@code chainBreak} when a signature fails to cover. */
    private void cover(StoredEventRow event) {
        long sequence = event.sequenceNumber();
        AppendSignature signature = event.signature();
        if (signature == null) {
            if (sequence <= legacyThrough && pendingFrom < 0) {
                legacyEvents++;
                covered(event);
            } else if (pendingFrom < 0) {
                pendingFrom = sequence;
                pendingId = event.eventIdentifier();
            }
            return;
        }
        long uncovered = pendingFrom >= 0 ? pendingFrom : sequence;
        String uncoveredId = pendingFrom >= 0 ? pendingId : event.eventIdentifier();
        String range = "the signature on event %d (%s, sequences %d to %d, key %s)".formatted(sequence,
                event.eventIdentifier(), signature.signedFrom(), sequence, signature.keyId());
        KeyRing.Check check = signature.signedFrom() < 0 || signature.signedFrom() > sequence ? KeyRing.Check.INVALID
                : keys.verify(signature.keyId(), signature.statementFor(event), signature.signature());
        switch (check) {
            case VALID -> {
                if (pendingFrom >= 0 && pendingFrom < signature.signedFrom()) {
                    chainBreak = new ChainBreak(pendingFrom, pendingId, ChainProblem.UNSIGNED, ("no signature of the "
                            + "ledger's command side covers the event: %s starts after it. It was written by "
                            + "someone who can write the event table, not appended by the ledger").formatted(range));
                    return;
                }
                pendingFrom = -1;
                pendingId = null;
                covered(event);
            }
            case INVALID -> chainBreak = new ChainBreak(uncovered, uncoveredId, ChainProblem.FORGED, ("%s does not "
                    + "verify: the signature was copied from another event or made up, or the events it covers "
                    + "were changed").formatted(range));
            case UNKNOWN_KEY -> chainBreak = new ChainBreak(uncovered, uncoveredId, ChainProblem.UNKNOWN_KEY,
                    ("%s names a key the verifier does not have (it has %s): a retired key whose public key was not "
                            + "given, or not the ledger's key").formatted(range, keys.keyIds().isEmpty() ? "none"
                            : String.join(", ", keys.keyIds().stream().sorted().toList())));
        }
    }

    private void covered(StoredEventRow event) {
        coveredThrough = event.sequenceNumber();
        coveredHash = event.eventHash();
    }

    public ChainVerdict finish() {
        long chainEnd = nextSequence - 1;
        ChainBreak first = chainBreak;
        if (first == null && pendingFrom >= 0) {
            first = new ChainBreak(pendingFrom, pendingId, ChainProblem.UNSIGNED, ("no signature of the ledger's "
                    + "command side covers the event or any after it (the stream ends at sequence %d), and it is "
                    + "not from before event signing began: it was written by someone who can write the event "
                    + "table, not appended by the ledger").formatted(chainEnd));
        }
        if (first == null) {
            ExpectedHead beyond = expected.stream().filter(h -> h.sequenceNumber() > chainEnd)
                    .max(Comparator.comparingLong(ExpectedHead::sequenceNumber)).orElse(null);
            if (beyond != null) {
                first = new ChainBreak(chainEnd + 1, null, ChainProblem.TRUNCATED,
                        ("the stream ends at sequence %d but checkpoint #%d vouches for sequence %d (hash %s): "
                                + "events %d to %d were removed").formatted(chainEnd, beyond.checkpoint(),
                                beyond.sequenceNumber(), EventHash.hex(beyond.hash()), chainEnd + 1,
                                beyond.sequenceNumber()));
            }
        }
        ChainBreak rewritten = rewritten();
        long validThrough = coveredThrough;
        byte[] trustedHash = coveredHash;
        // A checkpoint's evidence outranks a missing or failing signature at the same event: it says what happened.
        if (rewritten != null && (first == null || rewritten.sequenceNumber() < first.sequenceNumber()
                || rewritten.sequenceNumber() == first.sequenceNumber() && signatureProblem(first.problem()))) {
            first = rewritten;
            if (rewritten.sequenceNumber() - 1 < validThrough) {
                long before = rewritten.sequenceNumber() - 1;
                validThrough = before;
                trustedHash = matched.stream().filter(h -> h.sequenceNumber() == before).map(ExpectedHead::hash)
                        .findFirst().orElse(null);
            }
        }
        Long newest = expected.stream().map(ExpectedHead::checkpoint).max(Long::compare).orElse(null);
        return new ChainVerdict(platformId, events, headSequence, headHash, validThrough,
                validThrough >= 0 ? trustedHash : null, first, newest, legacyThrough, legacyEvents);
    }

    private static boolean signatureProblem(ChainProblem problem) {
        return problem == ChainProblem.UNSIGNED || problem == ChainProblem.FORGED || problem == ChainProblem.UNKNOWN_KEY;
    }

    /** The earliest head a checkpoint vouches for that the (internally valid) stream no longer has, located. */
    private ChainBreak rewritten() {
        ExpectedHead earliest = mismatched.stream().min(Comparator.comparingLong(ExpectedHead::sequenceNumber))
                .orElse(null);
        if (earliest == null) {
            return null;
        }
        long lastMatching = matched.stream().mapToLong(ExpectedHead::sequenceNumber)
                .filter(s -> s < earliest.sequenceNumber()).max().orElse(-1);
        long at = lastMatching + 1;
        String where = lastMatching < 0 ? "at or before sequence %d".formatted(earliest.sequenceNumber())
                : "between sequences %d and %d (sequence %d still matches a checkpoint)".formatted(at,
                earliest.sequenceNumber(), lastMatching);
        return new ChainBreak(at, eventIdAt.get(at), ChainProblem.REWRITTEN,
                ("checkpoint #%d vouches for hash %s at sequence %d but the stored event there hashes to %s: the "
                        + "stream was changed %s and its chain recomputed").formatted(earliest.checkpoint(),
                        EventHash.hex(earliest.hash()), earliest.sequenceNumber(),
                        EventHash.hex(foundHash.get(earliest)), where));
    }
}
