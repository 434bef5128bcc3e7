package cn.jsedu.ledger.kernel.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one platform's events, fed in sequence order, one at a time (a programme-wide check streams millions):
 * sequence numbers contiguous from 0, every hash recomputes, every event chained to its predecessor, and the
 * stream still reaches every head that a signed checkpoint vouches for with the same hash. The verdict names the
 * first broken event; a change found by a checkpoint is placed just after the newest head that still matches.
 */
public final class ChainCheck {

    private final String platformId;
    private final List<ExpectedHead> expected;
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

    public ChainCheck(String platformId, List<ExpectedHead> expected) {
        this.platformId = platformId;
        this.expected = expected.stream().sorted(Comparator.comparingLong(ExpectedHead::sequenceNumber)).toList();
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
    }

    public ChainVerdict finish() {
        long lastValid = nextSequence - 1;
        ChainBreak first = chainBreak;
        byte[] firstPrefixHash = lastValid >= 0 ? previousHash : null;
        if (chainBreak == null) {
            ExpectedHead beyond = expected.stream().filter(h -> h.sequenceNumber() > lastValid)
                    .max(Comparator.comparingLong(ExpectedHead::sequenceNumber)).orElse(null);
            if (beyond != null) {
                first = new ChainBreak(lastValid + 1, null, ChainProblem.TRUNCATED,
                        ("the stream ends at sequence %d but checkpoint #%d vouches for sequence %d (hash %s): "
                                + "events %d to %d were removed").formatted(lastValid, beyond.checkpoint(),
                                beyond.sequenceNumber(), EventHash.hex(beyond.hash()), lastValid + 1,
                                beyond.sequenceNumber()));
            }
        }
        ChainBreak rewritten = rewritten();
        byte[] trustedHash = firstPrefixHash;
        if (rewritten != null && (first == null || rewritten.sequenceNumber() < first.sequenceNumber())) {
            first = rewritten;
            long before = rewritten.sequenceNumber() - 1;
            trustedHash = matched.stream().filter(h -> h.sequenceNumber() == before).map(ExpectedHead::hash)
                    .findFirst().orElse(null);
        }
        long validThrough = first == null ? lastValid : first.sequenceNumber() - 1;
        Long newest = expected.stream().map(ExpectedHead::checkpoint).max(Long::compare).orElse(null);
        return new ChainVerdict(platformId, events, headSequence, headHash, validThrough,
                validThrough >= 0 ? trustedHash : null, first, newest);
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
