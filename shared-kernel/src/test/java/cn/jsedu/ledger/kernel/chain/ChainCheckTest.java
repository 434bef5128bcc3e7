package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.kernel.chain.Chains.*;
import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

    private final List<StoredEventRow> events = chain("JS-001", 8);

    private ExpectedHead head(long checkpoint, List<StoredEventRow> chain, int sequence) {
        return new ExpectedHead(checkpoint, sequence, chain.get(sequence).eventHash());
    }

    @Test
    void anUntouchedChainIsValidAndReachesItsCheckpoint() {
        ChainVerdict verdict = check(events, List.of(head(1, events, 7)));
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.events()).isEqualTo(8);
        assertThat(verdict.validThrough()).isEqualTo(7);
        assertThat(verdict.validThroughHash()).isEqualTo(events.get(7).eventHash());
        assertThat(verdict.newestCheckpoint()).isEqualTo(1);
    }

    @Test
    void aChangedPayloadByteIsFoundAtItsEvent() {
        List<StoredEventRow> tampered = new ArrayList<>(events);
        byte[] payload = events.get(3).payload().clone();
        payload[payload.length - 3]++;
        tampered.set(3, withPayload(events.get(3), payload));
        ChainBreak broken = check(tampered, List.of()).firstBroken();
        assertThat(broken.sequenceNumber()).isEqualTo(3);
        assertThat(broken.eventId()).isEqualTo("JS-001-event-3");
        assertThat(broken.problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
    }

    @Test
    void aDeletedMiddleEventIsAGapAtItsSequence() {
        List<StoredEventRow> tampered = new ArrayList<>(events);
        tampered.remove(4);
        ChainVerdict verdict = check(tampered, List.of());
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(4);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.SEQUENCE_GAP);
        assertThat(verdict.firstBroken().detail()).contains("from 3 to 5", "JS-001-event-5");
        assertThat(verdict.validThrough()).isEqualTo(3);
    }

    @Test
    void aDeletedFirstEventIsAGapAtZero() {
        ChainBreak broken = check(events.subList(1, 8), List.of()).firstBroken();
        assertThat(broken.sequenceNumber()).isZero();
        assertThat(broken.problem()).isEqualTo(ChainProblem.SEQUENCE_GAP);
    }

    @Test
    void aDeletedLastEventIsOnlyFoundByACheckpoint() {
        List<StoredEventRow> truncated = events.subList(0, 7);
        assertThat(check(truncated, List.of()).valid()).isTrue();
        ChainVerdict verdict = check(truncated, List.of(head(2, events, 7)));
        assertThat(verdict.firstBroken().sequenceNumber()).isEqualTo(7);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.TRUNCATED);
        assertThat(verdict.firstBroken().detail()).contains("checkpoint #2", "ends at sequence 6");
    }

    @Test
    void swappedPayloadsAreFoundAtTheFirstOfThem() {
        List<StoredEventRow> tampered = new ArrayList<>(events);
        tampered.set(2, withPayload(events.get(2), events.get(5).payload()));
        tampered.set(5, withPayload(events.get(5), events.get(2).payload()));
        ChainBreak broken = check(tampered, List.of()).firstBroken();
        assertThat(broken.sequenceNumber()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
    }

    @Test
    void aForgedEventWithARecomputedChainIsUnsignedAndTheCheckpointsSayWhatHappenedAndWhere() {
        List<StoredEventRow> forged = new ArrayList<>(events.subList(0, 5));
        forged.add(unchained("JS-001", 5, "{\"amount\":{\"fen\":99999999}}"));
        for (StoredEventRow later : events.subList(5, 8)) {
            forged.add(withSequence(later, later.sequenceNumber() + 1));
        }
        forged = rechained(forged, 5);
        ChainVerdict alone = check(forged, List.of());
        assertThat(alone.firstBroken().problem()).as("a recomputed chain hashes and links, but nobody could sign it")
                .isEqualTo(ChainProblem.UNSIGNED);
        assertThat(alone.firstBroken().sequenceNumber()).isEqualTo(5);

        ChainVerdict newestOnly = check(forged, List.of(head(2, events, 7)));
        assertThat(newestOnly.firstBroken().problem()).isEqualTo(ChainProblem.REWRITTEN);
        assertThat(newestOnly.firstBroken().sequenceNumber()).isZero();

        ChainVerdict both = check(forged, List.of(head(1, events, 4), head(2, events, 7)));
        assertThat(both.firstBroken().problem()).isEqualTo(ChainProblem.REWRITTEN);
        assertThat(both.firstBroken().sequenceNumber()).isEqualTo(5);
        assertThat(both.firstBroken().eventId()).isEqualTo("JS-001-event-5");
        assertThat(both.firstBroken().detail()).contains("checkpoint #2", "between sequences 5 and 7");
        assertThat(both.validThrough()).isEqualTo(4);
        assertThat(both.validThroughHash()).isEqualTo(events.get(4).eventHash());
    }

    @Test
    void aReHashedEventBreaksTheLinkToItsSuccessor() {
        List<StoredEventRow> tampered = new ArrayList<>(events);
        tampered.set(3, withPayload(events.get(3), "{}".getBytes(StandardCharsets.UTF_8)).chainedTo(events.get(2).eventHash()));
        ChainBreak broken = check(tampered, List.of()).firstBroken();
        assertThat(broken.sequenceNumber()).isEqualTo(4);
        assertThat(broken.problem()).isEqualTo(ChainProblem.CHAIN_BROKEN);
        assertThat(broken.detail()).contains("event 3 was changed");
    }

    @Test
    void aRowWithoutAHashIsNamed() {
        List<StoredEventRow> tampered = new ArrayList<>(events);
        StoredEventRow e = events.get(6);
        tampered.set(6, new StoredEventRow(e.aggregateIdentifier(), 6, e.eventIdentifier(), e.type(), e.timestamp(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), null, null));
        assertThat(check(tampered, List.of()).firstBroken().problem()).isEqualTo(ChainProblem.HASH_MISSING);
    }

    @Test
    void aRepeatedSequenceInAFileIsOutOfOrder() {
        List<StoredEventRow> repeated = new ArrayList<>(events.subList(0, 4));
        repeated.add(events.get(3));
        assertThat(check(repeated, List.of()).firstBroken().problem()).isEqualTo(ChainProblem.OUT_OF_ORDER);
    }

    @Test
    void aPlatformWhoseEventsAreAllGoneIsTruncatedAtZero() {
        ChainVerdict verdict = check(List.of(), List.of(head(3, events, 7)));
        assertThat(verdict.firstBroken().sequenceNumber()).isZero();
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainProblem.TRUNCATED);
        assertThat(verdict.validThrough()).isEqualTo(-1);
    }
}
