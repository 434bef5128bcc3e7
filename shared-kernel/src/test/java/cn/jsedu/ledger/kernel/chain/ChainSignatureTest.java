package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.kernel.chain.Chains.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Signature coverage (ADR 0010): what a database-only writer can and cannot make verify. */
class ChainSignatureTest {

    private static final KeyPair RETIRED = Ed25519Keys.generate();

    /** Events chained in order; each transaction (its first and last sequence) signed on its last event. */
    private static List<StoredEventRow> transactions(String platform, KeyPair key, int[]... ranges) {
        List<StoredEventRow> events = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int[] range : ranges) {
            for (int sequence = range[0]; sequence <= range[1]; sequence++) {
                StoredEventRow event = unchained(platform, sequence, "{\"amount\":{\"fen\":%d}}".formatted(sequence))
                        .chainedTo(previous);
                events.add(sequence == range[1] ? TestKeys.signed(event, range[0], key) : event);
                previous = event.eventHash();
            }
        }
        return events;
    }

    /** What someone who can insert rows makes: the next event, correctly chained, with whatever signature they have. */
    private static List<StoredEventRow> appended(List<StoredEventRow> events, AppendSignature signature) {
        List<StoredEventRow> result = new ArrayList<>(events);
        StoredEventRow last = events.get(events.size() - 1);
        result.add(unchained(last.aggregateIdentifier(), last.sequenceNumber() + 1, "{\"amount\":{\"fen\":5000000000}}")
                .chainedTo(last.eventHash()).signedWith(signature));
        return result;
    }

    @Test
    void transactionsSignedOnTheirLastEventCoverEveryEvent() {
        List<StoredEventRow> events = transactions("S-1", TestKeys.CURRENT, new int[]{0, 0}, new int[]{1, 3},
                new int[]{4, 4});
        ChainVerdict verdict = check(events, List.of());
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.validThrough()).isEqualTo(4);
        assertThat(verdict.validThroughHash()).isEqualTo(events.get(4).eventHash());
        assertThat(verdict.legacyEvents()).isZero();
    }

    @Test
    void aCorrectlyChainedEventWithoutASignatureIsUnsigned() {
        List<StoredEventRow> events = appended(chain("S-2", 5), null);
        ChainVerdict verdict = check(events, List.of());
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(5);
        assertThat(verdict.firstBroken().eventId()).isEqualTo("S-2-event-5");
        assertThat(verdict.validThrough()).as("a checkpoint never moves past it").isEqualTo(4);
    }

    @Test
    void aSignatureTheLedgerMadeLaterDoesNotCoverAnInsertedEventBelowIt() {
        // Someone inserts event 5; the command side then loads the platform, appends 6 on top and signs 6 alone.
        List<StoredEventRow> events = appended(chain("S-3", 5), null);
        StoredEventRow six = unchained("S-3", 6, "{}").chainedTo(events.get(5).eventHash());
        events.add(TestKeys.signed(six, 6, TestKeys.CURRENT));
        ChainVerdict verdict = check(events, List.of());
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(5);
        assertThat(verdict.firstBroken().detail()).contains("sequences 6 to 6");
    }

    @Test
    void aSignatureCopiedFromAnotherEventIsForged() {
        List<StoredEventRow> honest = chain("S-4", 5);
        List<StoredEventRow> events = appended(honest, honest.get(4).signature());
        ChainVerdict verdict = check(events, List.of());
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.FORGED);
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(5);
        assertThat(verdict.firstBroken().detail()).contains("does not verify");
        // Stretching a genuine signature's range over an earlier event does not verify either.
        AppendSignature genuine = honest.get(4).signature();
        List<StoredEventRow> widened = new ArrayList<>(honest);
        widened.set(4, honest.get(4).signedWith(new AppendSignature(genuine.keyId(), 3, genuine.signature())));
        ChainVerdict stretched = check(widened, List.of());
        assertThat(stretched.firstBroken().problem()).isEqualTo(ChainProblem.FORGED);
        assertThat(stretched.firstBroken().sequenceNumber()).isEqualTo(4);
    }

    @Test
    void aMadeUpSignatureOrOneByAnotherKeyIsNotTheLedgers() {
        List<StoredEventRow> honest = chain("S-5", 3);
        String keyId = honest.get(0).signature().keyId();
        ChainVerdict garbage = check(appended(honest, new AppendSignature(keyId, 3, new byte[64])), List.of());
        assertThat(garbage.firstBroken().problem()).isEqualTo(ChainProblem.FORGED);

        List<StoredEventRow> theirs = appended(honest, null);
        theirs.set(3, TestKeys.signed(theirs.get(3), 3, Ed25519Keys.generate()));
        ChainVerdict unknown = check(theirs, List.of());
        assertThat(unknown.firstBroken().problem()).isEqualTo(ChainProblem.UNKNOWN_KEY);
        assertThat(unknown.firstBroken().sequenceNumber()).isEqualTo(3);
        assertThat(unknown.firstBroken().detail()).contains(theirs.get(3).signature().keyId(), keyId);
    }

    @Test
    void afterARotationOldAndNewSignaturesVerifyWhileTheRetiredPublicKeyIsKept() {
        List<StoredEventRow> events = new ArrayList<>(transactions("S-6", RETIRED, new int[]{0, 0}, new int[]{1, 2}));
        byte[] previous = events.get(2).eventHash();
        for (int sequence = 3; sequence < 6; sequence++) {
            StoredEventRow event = unchained("S-6", sequence, "{}").chainedTo(previous);
            events.add(TestKeys.signed(event, sequence, TestKeys.CURRENT));
            previous = event.eventHash();
        }
        assertThat(check(events, List.of(), new TestKeys(RETIRED, TestKeys.CURRENT), -1).valid()).isTrue();

        ChainVerdict removed = check(events, List.of(), TestKeys.RING, -1);
        assertThat(removed.firstBroken().problem()).isEqualTo(ChainProblem.UNKNOWN_KEY);
        assertThat(removed.firstBroken().sequenceNumber()).isZero();
        assertThat(removed.firstBroken().detail()).contains(Ed25519Keys.keyId(RETIRED.getPublic()), "retired key");
    }

    @Test
    void eventsFromBeforeSigningNeedNoSignatureButNothingAfterThemDoes() {
        List<StoredEventRow> events = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int sequence = 0; sequence < 4; sequence++) {
            StoredEventRow event = unchained("S-7", sequence, "{}").chainedTo(previous);
            events.add(event);
            previous = event.eventHash();
        }
        StoredEventRow signedFour = TestKeys.signed(unchained("S-7", 4, "{}").chainedTo(previous), 4, TestKeys.CURRENT);
        events.add(signedFour);

        ChainVerdict legacy = check(events, List.of(), TestKeys.RING, 3);
        assertThat(legacy.valid()).isTrue();
        assertThat(legacy.legacyEvents()).isEqualTo(4);
        assertThat(legacy.validThrough()).isEqualTo(4);

        ChainVerdict noBoundary = check(events, List.of(), TestKeys.RING, -1);
        assertThat(noBoundary.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(noBoundary.firstBroken().sequenceNumber()).isZero();

        ChainVerdict forgedTail = check(appended(events, null), List.of(), TestKeys.RING, 3);
        assertThat(forgedTail.firstBroken().problem()).isEqualTo(ChainProblem.UNSIGNED);
        assertThat(forgedTail.firstBroken().sequenceNumber()).isEqualTo(5);
    }

    @Test
    void aChangedEventInsideASignedTransactionIsNamedWhereItWasChanged() {
        List<StoredEventRow> events = new ArrayList<>(transactions("S-8", TestKeys.CURRENT, new int[]{0, 0},
                new int[]{1, 3}));
        events.set(2, withPayload(events.get(2), "{\"amount\":{\"fen\":1}}".getBytes(StandardCharsets.UTF_8)));
        ChainVerdict verdict = check(events, List.of());
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(2);
        assertThat(verdict.validThrough()).as("event 1 waits for the signature on 3, which is past the change")
                .isZero();
    }
}
