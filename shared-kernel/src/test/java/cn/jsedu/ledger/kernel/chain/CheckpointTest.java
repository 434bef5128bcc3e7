package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    private final Checkpoint checkpoint = new Checkpoint(7, Instant.parse("2025-06-30T16:00:00.250Z"), List.of(
            new CheckpointHead("JS-002", 11, Chains.chain("JS-002", 1).get(0).eventHash()),
            new CheckpointHead("JS-001", 4, EventHash.genesis())));

    @Test
    void headsAreSortedAndTheCanonicalBytesRoundTrip() {
        assertThat(checkpoint.heads()).extracting(CheckpointHead::platformId).containsExactly("JS-001", "JS-002");
        Checkpoint decoded = Checkpoint.fromCanonicalBytes(checkpoint.canonicalBytes());
        assertThat(decoded.canonicalBytes()).isEqualTo(checkpoint.canonicalBytes());
        assertThat(decoded.createdAt()).isEqualTo(checkpoint.createdAt());
        assertThat(decoded.byPlatform().get("JS-002").lastSequence()).isEqualTo(11);
    }

    @Test
    void theLegacyBoundaryOfEveryPlatformIsSignedFromFormatTwoOn() {
        Checkpoint withLegacy = new Checkpoint(8, checkpoint.createdAt(), List.of(
                new CheckpointHead("JS-001", 4, EventHash.genesis(), 2L)));
        assertThat(Checkpoint.fromCanonicalBytes(withLegacy.canonicalBytes()).byPlatform().get("JS-001").legacyThrough())
                .isEqualTo(2);
        Checkpoint none = new Checkpoint(8, checkpoint.createdAt(), List.of(
                new CheckpointHead("JS-001", 4, EventHash.genesis(), -1L)));
        assertThat(none.canonicalBytes()).isNotEqualTo(withLegacy.canonicalBytes());
        assertThat(checkpoint.format()).isEqualTo(Checkpoint.CURRENT_FORMAT).isEqualTo(2);
    }

    @Test
    void aFormatOneCheckpointFromBeforeEventSigningStillDecodesToItsSignedBytes() {
        Checkpoint old = new Checkpoint(1, 3, Instant.parse("2025-01-01T00:00:00Z"), List.of(
                new CheckpointHead("JS-001", 4, EventHash.genesis(), null)));
        byte[] bytes = old.canonicalBytes();
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("ledger-checkpoint/v1");
        Checkpoint decoded = Checkpoint.fromCanonicalBytes(bytes);
        assertThat(decoded.format()).isEqualTo(1);
        assertThat(decoded.byPlatform().get("JS-001").legacyThrough()).isNull();
        assertThat(decoded.canonicalBytes()).isEqualTo(bytes);
        assertThatThrownBy(() -> new Checkpoint(1, 3, Instant.EPOCH, List.of(new CheckpointHead("A", 0, new byte[32]))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedContentIsRefused() {
        byte[] bytes = checkpoint.canonicalBytes();
        assertThatThrownBy(() -> Checkpoint.fromCanonicalBytes(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(1, Instant.EPOCH, List.of(new CheckpointHead("A", 0, new byte[3]))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
