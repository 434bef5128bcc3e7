package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    private static final StoredEventRow EVENT = Chains.unchained("JS-001", 3, "{\"amount\":{\"fen\":150000}}")
            .chainedTo(EventHash.genesis());

    /**
     * Pins the format: the offline verifier and every stored hash depend on these exact bytes. A change here is
     * a new chain version (new domain string), never an edit. The value was computed independently from the
     * specification in ADR 0010 (a few lines of Python), not by this class.
     */
    @Test
    void theEncodingIsPinnedByAKnownAnswer() {
        assertThat(EventHash.hex(EventHash.of(EVENT)))
                .isEqualTo("b74ade35d064929f3f8ecc06a27b139ac90b8e0e02dcd086931fc17be40ac341");
    }

    @Test
    void everyHashedFieldChangesTheHash() {
        List<UnaryOperator<StoredEventRow>> edits = List.of(
                e -> new StoredEventRow("JS-002", e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), 4, e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), "other-id", e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), null, e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), "2025-03-04T08:00:00.124Z", e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), "x.ExpenditureRecordedEvent", e.payloadRevision(), e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), "2", e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), null, e.payload(), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), "{\"amount\":{\"fen\":150001}}".getBytes(StandardCharsets.UTF_8), e.metaData(), e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), null, e.previousHash(), null),
                e -> new StoredEventRow(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), new byte[]{1}, null));
        byte[] original = EventHash.of(EVENT);
        for (UnaryOperator<StoredEventRow> edit : edits) {
            assertThat(EventHash.of(edit.apply(EVENT))).isNotEqualTo(original);
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        StoredEventRow a = new StoredEventRow("ab", 0, "c", null, "t", "p", null, new byte[0], null, EventHash.genesis(), null);
        StoredEventRow b = new StoredEventRow("a", 0, "bc", null, "t", "p", null, new byte[0], null, EventHash.genesis(), null);
        StoredEventRow empty = new StoredEventRow("a", 0, "bc", null, "t", "p", "", new byte[0], null, EventHash.genesis(), null);
        assertThat(EventHash.of(a)).isNotEqualTo(EventHash.of(b));
        assertThat(EventHash.of(b)).as("null and empty differ").isNotEqualTo(EventHash.of(empty));
    }

    @Test
    void theStoredHashIsNotPartOfTheInput() {
        assertThat(EventHash.of(EVENT)).isEqualTo(EVENT.eventHash()).hasSize(EventHash.LENGTH);
    }
}
