package cn.jsedu.ledger.query.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ledger.checkpoints.*}: where signed checkpoints and the signing key live, and how often to sign.
 *
 * @param dir         folder the checkpoint files are written to, for auditors to take away
 * @param keyDir      folder of the generated key pair, when no key files are configured; retired public keys kept
 *                    there ({@code checkpoint-signing-key*.pub.pem}) still verify the checkpoints they signed
 * @param privateKey  the signing key, Ed25519 PKCS#8 PEM (production: from a secret store); needs {@code publicKey}
 * @param publicKey   its public key, X.509 PEM
 * @param publicKeys  more public keys that verify stored checkpoints (retired ones): PEM files, or folders in which
 *                    every {@code checkpoint-signing-key*.pub.pem} is one
 * @param generateKey whether a missing key pair in {@code keyDir} is generated (the embedded default)
 * @param interval    how often a checkpoint is signed when events were appended since the last one; 0 = never
 */
@ConfigurationProperties(prefix = "ledger.checkpoints")
public record CheckpointSettings(@DefaultValue("./data/checkpoints") Path dir,
                                 @DefaultValue("./data/keys") Path keyDir,
                                 String privateKey,
                                 String publicKey,
                                 @DefaultValue List<Path> publicKeys,
                                 @DefaultValue("true") boolean generateKey,
                                 @DefaultValue("1h") Duration interval) {

    /** The configured private key file, or null (blank counts as not configured). */
    Path privateKeyFile() {
        return privateKey == null || privateKey.isBlank() ? null : Path.of(privateKey);
    }

    Path publicKeyFile() {
        return publicKey == null || publicKey.isBlank() ? null : Path.of(publicKey);
    }
}
