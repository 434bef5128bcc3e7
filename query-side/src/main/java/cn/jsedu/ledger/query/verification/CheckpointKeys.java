package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checkpoint signing key: the configured PEM files, or a key pair in {@code keyDir}, generated on first use
 * when allowed (the embedded default): the private key readable by its owner only (600), the public key beside it.
 * Loaded lazily, so a query side that never signs or verifies a checkpoint never touches key files. Checkpoints are
 * verified with the key ring: this key and every retired public key kept in {@code keyDir} or named in
 * {@code publicKeys} (ADR 0010, key rotation).
 */
@Component
public class CheckpointKeys {

    static final String NAME = "checkpoint-signing-key";
    static final String PRIVATE_FILE = NAME + ".pem";
    static final String PUBLIC_FILE = NAME + ".pub.pem";

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);

    private final CheckpointSettings settings;
    private volatile KeyPair pair;

    public CheckpointKeys(CheckpointSettings settings) {
        this.settings = settings;
    }

    public KeyPair keyPair() {
        KeyPair loaded = pair;
        if (loaded == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = load();
                }
                loaded = pair;
            }
        }
        return loaded;
    }

    public PublicKey publicKey() {
        return keyPair().getPublic();
    }

    public String publicKeyPem() {
        return Ed25519Keys.publicKeyPem(publicKey());
    }

    public String keyId() {
        return Ed25519Keys.keyId(publicKey());
    }

    /** The current key and the retired ones, read again on every call (a rotation adds a file). */
    public KeyRing ring() {
        List<Path> sources = new ArrayList<>();
        sources.add(settings.keyDir());
        sources.addAll(settings.publicKeys());
        Map<String, PublicKey> keys = KeyFiles.publicKeys(sources, NAME);
        keys.put(keyId(), publicKey());
        return new Ed25519KeyRing(keys);
    }

    private KeyPair load() {
        if (settings.privateKeyFile() != null || settings.publicKeyFile() != null) {
            if (settings.privateKeyFile() == null || settings.publicKeyFile() == null) {
                throw new IllegalStateException("ledger.checkpoints.private-key and public-key go together");
            }
            return KeyFiles.read(settings.privateKeyFile(), settings.publicKeyFile());
        }
        KeyFiles.Loaded loaded = KeyFiles.readOrGenerate(settings.keyDir(), NAME, settings.generateKey());
        if (loaded.generated()) {
            log.info("Generated a checkpoint signing key {} (key id {}); auditors verify with {}", loaded.privateFile(),
                    Ed25519Keys.keyId(loaded.pair().getPublic()), loaded.publicFile());
        }
        return loaded.pair();
    }
}
