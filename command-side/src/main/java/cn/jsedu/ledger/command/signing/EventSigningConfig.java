package cn.jsedu.ledger.command.signing;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.KeyPair;

/**
 * The event-signing key, loaded when the command side starts (it cannot append without it): the configured PEM
 * files, or the pair in {@code ledger.event-signing.key-dir}, generated there on first use when allowed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventSigningSettings.class)
public class EventSigningConfig {

    private static final Logger log = LoggerFactory.getLogger(EventSigningConfig.class);

    @Bean
    public AppendSigner appendSigner(EventSigningSettings settings) {
        KeyPair pair;
        if (settings.privateKeyFile() != null || settings.publicKeyFile() != null) {
            if (settings.privateKeyFile() == null || settings.publicKeyFile() == null) {
                throw new IllegalStateException("ledger.event-signing.private-key and public-key go together");
            }
            pair = KeyFiles.read(settings.privateKeyFile(), settings.publicKeyFile());
            log.info("Signing appended events with key {} from {}", keyId(pair), settings.privateKeyFile());
        } else {
            KeyFiles.Loaded loaded = KeyFiles.readOrGenerate(settings.keyDir(), AppendSignature.KEY_FILE_NAME, settings.generateKey());
            pair = loaded.pair();
            log.info("Signing appended events with key {} {} {}; verifiers need {}", keyId(pair),
                    loaded.generated() ? "generated in" : "from", loaded.privateFile(), loaded.publicFile());
        }
        return new Ed25519AppendSigner(pair);
    }

    private static String keyId(KeyPair pair) {
        return Ed25519Keys.keyId(pair.getPublic());
    }
}
