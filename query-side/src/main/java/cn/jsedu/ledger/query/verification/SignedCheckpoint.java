package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.KeyRing;

import java.security.KeyPair;
import java.security.PublicKey;

/**
 * A checkpoint with its Ed25519 signature over {@link Checkpoint#canonicalBytes()} and the signing key's id. The
 * id is not signed: it says which key of a ring to try, and a wrong one only makes the signature fail.
 */
public record SignedCheckpoint(Checkpoint checkpoint, String keyId, byte[] signature) {

    public static SignedCheckpoint sign(Checkpoint checkpoint, KeyPair key) {
        return new SignedCheckpoint(checkpoint, Ed25519Keys.keyId(key.getPublic()),
                Ed25519Keys.sign(key.getPrivate(), checkpoint.canonicalBytes()));
    }

    /** True when this key signed exactly these fields. */
    public boolean verifiesWith(PublicKey key) {
        return Ed25519Keys.verify(key, checkpoint.canonicalBytes(), signature);
    }

    /** What the ring says of this signature: by a key it holds (current or retired), or not. */
    public KeyRing.Check checkIn(KeyRing keys) {
        return keys.verify(keyId, checkpoint.canonicalBytes(), signature);
    }
}
