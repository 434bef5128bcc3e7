package cn.jsedu.ledger.command.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code ledger.event-signing.*}: the key the command side signs appended events with (ADR 0010).
 *
 * @param privateKey  the signing key, Ed25519 PKCS#8 PEM (production: from a secret store); needs {@code publicKey}
 * @param publicKey   its public key, X.509 PEM; the query side and auditors need it (and every retired one)
 * @param keyDir      folder of the generated pair {@code event-signing-key.pem} / {@code .pub.pem}, when no key
 *                    files are configured
 * @param generateKey whether a missing pair in {@code keyDir} is generated (the embedded default)
 */
@ConfigurationProperties(prefix = "ledger.event-signing")
public record EventSigningSettings(String privateKey,
                                   String publicKey,
                                   @DefaultValue("./data/keys") Path keyDir,
                                   @DefaultValue("true") boolean generateKey) {

    /** The configured private key file, or null (blank counts as not configured). */
    Path privateKeyFile() {
        return privateKey == null || privateKey.isBlank() ? null : Path.of(privateKey);
    }

    Path publicKeyFile() {
        return publicKey == null || publicKey.isBlank() ? null : Path.of(publicKey);
    }
}
