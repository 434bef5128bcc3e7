package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    private static final KeyPair KEY = Ed25519Keys.generate();

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
    void aSignatureVerifiesOnlyForTheSignedFieldsAndKey() {
        SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, KEY);
        assertThat(signed.verifiesWith(KEY.getPublic())).isTrue();
        assertThat(signed.keyId()).isEqualTo(Ed25519Keys.keyId(KEY.getPublic())).hasSize(32);

        Checkpoint moved = new Checkpoint(7, checkpoint.createdAt(), List.of(checkpoint.heads().get(0),
                new CheckpointHead("JS-002", 10, checkpoint.heads().get(1).headHash())));
        assertThat(new SignedCheckpoint(moved, signed.keyId(), signed.signature()).verifiesWith(KEY.getPublic())).isFalse();
        assertThat(signed.verifiesWith(Ed25519Keys.generate().getPublic())).isFalse();
        byte[] garbled = signed.signature().clone();
        garbled[0] ^= 1;
        assertThat(new SignedCheckpoint(checkpoint, signed.keyId(), garbled).verifiesWith(KEY.getPublic())).isFalse();
    }

    @Test
    void keysRoundTripThroughPem() {
        String privatePem = Ed25519Keys.privateKeyPem(KEY.getPrivate());
        String publicPem = Ed25519Keys.publicKeyPem(KEY.getPublic());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Ed25519Keys.isPair(Ed25519Keys.privateKeyFromPem(privatePem), Ed25519Keys.publicKeyFromPem(publicPem)))
                .isTrue();
        assertThat(Ed25519Keys.isPair(KEY.getPrivate(), Ed25519Keys.generate().getPublic())).isFalse();
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
