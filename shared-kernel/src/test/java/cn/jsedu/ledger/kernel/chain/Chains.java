package cn.jsedu.ledger.kernel.chain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test chains: platforms of n events, chained and signed (one event per transaction) as the command side does. */
final class Chains {

    private Chains() {
    }

    static StoredEventRow unchained(String platform, long sequence, String json) {
        return new StoredEventRow(platform, sequence, platform + "-event-" + sequence, "Platform",
                "2025-03-0%dT08:00:00.123Z".formatted(1 + sequence % 9), "cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent",
                "1", json.getBytes(StandardCharsets.UTF_8), "{\"user\":\"finance\"}".getBytes(StandardCharsets.UTF_8),
                null, null);
    }

    static List<StoredEventRow> chain(String platform, int events) {
        List<StoredEventRow> chain = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < events; i++) {
            StoredEventRow event = TestKeys.signed(unchained(platform, i, "{\"amount\":{\"fen\":%d}}".formatted(100_000 + i))
                    .chainedTo(previous), i, TestKeys.CURRENT);
            chain.add(event);
            previous = event.eventHash();
        }
        return chain;
    }

    /**
     * Re-chains events from {@code from} on, as an attacker who knows the algorithm would after an edit: they
     * cannot sign, so the re-chained events carry no signature.
     */
    static List<StoredEventRow> rechained(List<StoredEventRow> events, int from) {
        List<StoredEventRow> result = new ArrayList<>(events.subList(0, from));
        byte[] previous = from == 0 ? EventHash.genesis() : events.get(from - 1).eventHash();
        for (StoredEventRow event : events.subList(from, events.size())) {
            StoredEventRow rechained = event.chainedTo(previous);
            result.add(rechained);
            previous = rechained.eventHash();
        }
        return result;
    }

    static StoredEventRow withSequence(StoredEventRow e, long sequence) {
        return new StoredEventRow(e.aggregateIdentifier(), sequence, e.eventIdentifier(), e.type(), e.timestamp(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), e.eventHash(), e.signature());
    }

    static StoredEventRow withPayload(StoredEventRow e, byte[] payload) {
        return new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(),
                e.timestamp(), e.payloadType(), e.payloadRevision(), payload, e.metaData(), e.previousHash(),
                e.eventHash(), e.signature());
    }

    static ChainVerdict check(List<StoredEventRow> events, List<ExpectedHead> expected) {
        return check(events, expected, TestKeys.RING, -1);
    }

    static ChainVerdict check(List<StoredEventRow> events, List<ExpectedHead> expected, KeyRing keys,
                              long legacyThrough) {
        ChainCheck check = new ChainCheck(events.isEmpty() ? "P" : events.get(0).aggregateIdentifier(), expected,
                keys, legacyThrough);
        events.forEach(check::accept);
        return check.finish();
    }
}
