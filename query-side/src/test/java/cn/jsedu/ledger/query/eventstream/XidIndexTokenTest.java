package cn.jsedu.ledger.query.eventstream;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XidIndexTokenTest {

    /** What ProcessingConfig gives the JdbcTokenStore. */
    private final Serializer tokenSerializer = JacksonSerializer.defaultSerializer();

    private final XidIndexToken early = new XidIndexToken(700, 90);
    private final XidIndexToken lateTxLowIndex = new XidIndexToken(701, 5);
    private final XidIndexToken lateTxHighIndex = new XidIndexToken(701, 120);

    @Test
    void ordersByTransactionThenGlobalIndex() {
        List<XidIndexToken> sorted = Stream.of(lateTxHighIndex, early, lateTxLowIndex).sorted().toList();

        assertThat(sorted).containsExactly(early, lateTxLowIndex, lateTxHighIndex);
    }

    @Test
    void coversExactlyThePositionsAtOrBeforeIt() {
        assertThat(lateTxLowIndex.covers(early)).isTrue();
        assertThat(early.covers(lateTxLowIndex)).as("a later transaction with a lower index is not covered").isFalse();
        assertThat(lateTxLowIndex.covers(lateTxLowIndex)).isTrue();
        assertThat(early.covers(null)).isTrue();
        assertThat(XidIndexToken.TAIL.covers(early)).isFalse();
    }

    @Test
    void boundsAreMinimumAndMaximum() {
        assertThat(early.lowerBound(lateTxLowIndex)).isEqualTo(early);
        assertThat(lateTxLowIndex.lowerBound(early)).isEqualTo(early);
        assertThat(early.upperBound(lateTxHighIndex)).isEqualTo(lateTxHighIndex);
        assertThat(lateTxHighIndex.upperBound(lateTxLowIndex)).isEqualTo(lateTxHighIndex);
    }

    @Test
    void samePositionIsEquality() {
        assertThat(early.samePositionAs(new XidIndexToken(700, 90))).isTrue();
        assertThat(early.samePositionAs(lateTxLowIndex)).isFalse();
        assertThat(early.samePositionAs(null)).isFalse();
        assertThat(early.position()).hasValue(90);
    }

    @Test
    void refusesOtherTokenTypes() {
        TrackingToken foreign = new GlobalSequenceTrackingToken(3);

        assertThatThrownBy(() -> early.covers(foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> early.lowerBound(foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XidIndexToken(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsThroughTheTokenStoresSerializer() {
        SerializedObject<byte[]> stored = tokenSerializer.serialize(lateTxHighIndex, byte[].class);

        assertThat(new String(stored.getData())).isEqualTo("{\"txId\":701,\"globalIndex\":120}");
        assertThat(tokenSerializer.<byte[], XidIndexToken>deserialize(stored)).isEqualTo(lateTxHighIndex);
    }

    @Test
    void roundTripsInsideAReplayToken() {
        TrackingToken replay = ReplayToken.createReplayToken(lateTxHighIndex, early);

        SerializedObject<byte[]> stored = tokenSerializer.serialize(replay, byte[].class);
        TrackingToken read = tokenSerializer.deserialize(stored);

        assertThat(read).isEqualTo(replay);
        assertThat(((ReplayToken) read).getTokenAtReset()).isEqualTo(lateTxHighIndex);
        assertThat(((ReplayToken) read).getCurrentToken()).isEqualTo(early);
    }

    @Test
    void aReplayEndsAfterThePositionAtResetAndNotBefore() {
        TrackingToken replay = ReplayToken.createReplayToken(lateTxLowIndex, XidIndexToken.TAIL);

        TrackingToken first = ((ReplayToken) replay).advancedTo(early);
        assertThat(ReplayToken.isReplay(first)).isTrue();
        TrackingToken atReset = ((ReplayToken) first).advancedTo(lateTxLowIndex);
        assertThat(ReplayToken.isReplay(atReset)).as("the last event seen before the reset is a replay").isTrue();
        TrackingToken after = ((ReplayToken) atReset).advancedTo(lateTxHighIndex);
        assertThat(after).as("past the reset position the replay token unwraps").isEqualTo(lateTxHighIndex);
    }
}
