package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;

import java.security.KeyPair;
import java.security.PublicKey;

/** A checkpoint with its Ed25519 signature over {@link Checkpoint#canonicalBytes()} and the signing key's id. */
public record SignedCheckpoint(Checkpoint checkpoint, String keyId, byte[] signature) {

    public static SignedCheckpoint sign(Checkpoint checkpoint, KeyPair key) {
        return new SignedCheckpoint(checkpoint, Ed25519Keys.keyId(key.getPublic()),
                Ed25519Keys.sign(key.getPrivate(), checkpoint.canonicalBytes()));
    }

    /** True when this key signed exactly these fields. */
    public boolean verifiesWith(PublicKey key) {
        return Ed25519Keys.verify(key, checkpoint.canonicalBytes(), signature);
    }
}
