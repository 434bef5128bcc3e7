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
    void malformedContentIsRefused() {
        byte[] bytes = checkpoint.canonicalBytes();
        assertThatThrownBy(() -> Checkpoint.fromCanonicalBytes(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(1, Instant.EPOCH, List.of(new CheckpointHead("A", 0, new byte[3]))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
