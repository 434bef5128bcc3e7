package cn.jsedu.ledger.command.signing;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.util.Arrays;

/**
 * The command side's event signer: Ed25519 by BouncyCastle's lightweight API, which signs in about a tenth of the
 * JDK's time here (ADR 0010). The signature is the standard one: the JDK, openssl or any Ed25519 library verifies it
 * with the public key.
 */
public final class Ed25519AppendSigner implements AppendSigner {

    private final String keyId;
    private final Ed25519PrivateKeyParameters privateKey;

    public Ed25519AppendSigner(KeyPair pair) {
        this.keyId = Ed25519Keys.keyId(pair.getPublic());
        try {
            this.privateKey = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded());
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
        // X.509 of an Ed25519 key: a fixed 12-byte prefix, then the 32-byte public key.
        byte[] encoded = pair.getPublic().getEncoded();
        if (!Arrays.equals(privateKey.generatePublicKey().getEncoded(),
                Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length))) {
            throw new IllegalArgumentException("the public key is not the private key's");
        }
    }

    @Override
    public AppendSignature sign(String platformId, long firstSequence, long lastSequence, byte[] lastEventHash) {
        byte[] statement = AppendSignature.statement(keyId, platformId, firstSequence, lastSequence, lastEventHash);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(statement, 0, statement.length);
        return new AppendSignature(keyId, firstSequence, signer.generateSignature());
    }

    public String keyId() {
        return keyId;
    }
}
