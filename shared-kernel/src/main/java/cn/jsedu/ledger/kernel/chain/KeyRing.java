package cn.jsedu.ledger.kernel.chain;

import java.util.Set;

/**
 * The public keys a verifier trusts, by key id: the current one and every retired one whose old signatures must
 * still verify after a rotation (ADR 0010). Holds no private key.
 */
public interface KeyRing {

    /** What a signature check found. */
    enum Check {
        /** The key with this id signed exactly these bytes. */
        VALID,
        /** The key is known, but it did not sign these bytes (or the signature is malformed). */
        INVALID,
        /** No key with this id is in the ring. */
        UNKNOWN_KEY
    }

    Check verify(String keyId, byte[] message, byte[] signature);

    /** The ids of the keys in the ring, for messages that must say which keys were tried. */
    Set<String> keyIds();
}
