package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.CheckpointHead;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ed25519 signatures over a checkpoint's canonical bytes, and the keys' PEM files. */
class SignedCheckpointTest {

    private static final KeyPair KEY = Ed25519Keys.generate();

    private final Checkpoint checkpoint = new Checkpoint(7, Instant.parse("2025-06-30T16:00:00.250Z"), List.of(
            new CheckpointHead("JS-002", 11, EventHash.fromHex("ab".repeat(EventHash.LENGTH))),
            new CheckpointHead("JS-001", 4, EventHash.genesis())));

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
    void aRingVerifiesWithTheKeyTheSignatureNamesCurrentOrRetired() {
        KeyPair retired = Ed25519Keys.generate();
        SignedCheckpoint old = SignedCheckpoint.sign(checkpoint, retired);
        SignedCheckpoint current = SignedCheckpoint.sign(checkpoint, KEY);
        KeyRing both = new Ed25519KeyRing(Map.of(Ed25519Keys.keyId(KEY.getPublic()), KEY.getPublic(),
                Ed25519Keys.keyId(retired.getPublic()), retired.getPublic()));
        assertThat(old.checkIn(both)).isEqualTo(KeyRing.Check.VALID);
        assertThat(current.checkIn(both)).isEqualTo(KeyRing.Check.VALID);
        KeyRing currentOnly = new Ed25519KeyRing(Map.of(Ed25519Keys.keyId(KEY.getPublic()), KEY.getPublic()));
        assertThat(old.checkIn(currentOnly)).isEqualTo(KeyRing.Check.UNKNOWN_KEY);
        assertThat(new SignedCheckpoint(checkpoint, current.keyId(), old.signature()).checkIn(both))
                .as("another key's signature under this key's id").isEqualTo(KeyRing.Check.INVALID);
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
}
