package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * The command side's public event-signing keys, current and retired (ADR 0010), from
 * {@code ledger.event-signing.public-keys}: PEM files, or folders in which every {@code event-signing-key*.pub.pem}
 * is one. Read again for every verification, so a retired key's file added at a rotation counts at once. The query
 * side holds no event-signing private key.
 */
@Component
public class EventSigningKeys {

    /** {@code ledger.event-signing.*} as the query side reads it. */
    @ConfigurationProperties(prefix = "ledger.event-signing")
    public record Settings(@DefaultValue("./data/keys") List<Path> publicKeys) {
    }

    private final List<Path> sources;

    public EventSigningKeys(Settings settings) {
        this.sources = settings.publicKeys();
    }

    public KeyRing ring() {
        return new Ed25519KeyRing(KeyFiles.publicKeys(sources, AppendSignature.KEY_FILE_NAME));
    }
}
