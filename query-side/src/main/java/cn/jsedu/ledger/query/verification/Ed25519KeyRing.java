package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public Ed25519 keys by key id, checking signatures with BouncyCastle's lightweight API (several times faster than
 * the JDK's here: a programme verification checks one signature per transaction ever appended). Immutable.
 */
public final class Ed25519KeyRing implements KeyRing {

    private final Map<String, Ed25519PublicKeyParameters> keys = new HashMap<>();
    private final Set<String> ids;

    public Ed25519KeyRing(Map<String, PublicKey> publicKeys) {
        publicKeys.forEach((id, key) -> keys.put(id, parameters(key)));
        this.ids = Collections.unmodifiableSet(new TreeSet<>(keys.keySet()));
    }

    private static Ed25519PublicKeyParameters parameters(PublicKey key) {
        try {
            AsymmetricKeyParameter parameters = PublicKeyFactory.createKey(key.getEncoded());
            if (parameters instanceof Ed25519PublicKeyParameters ed25519) {
                return ed25519;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
        throw new IllegalArgumentException("not an Ed25519 public key");
    }

    @Override
    public Check verify(String keyId, byte[] message, byte[] signature) {
        Ed25519PublicKeyParameters key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Check.UNKNOWN_KEY;
        }
        if (signature == null || signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return Check.INVALID;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature) ? Check.VALID : Check.INVALID;
    }

    @Override
    public Set<String> keyIds() {
        return ids;
    }
}
