package cn.jsedu.ledger.query.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The checkpoint signing key: the configured PEM files, or a key pair in {@code keyDir}, generated on first use
 * when allowed (the embedded default): the private key readable by its owner only (600), the public key beside it.
 * Loaded lazily, so a query side that never signs or verifies a checkpoint never touches key files.
 */
@Component
public class CheckpointKeys {

    static final String PRIVATE_FILE = "checkpoint-signing-key.pem";
    static final String PUBLIC_FILE = "checkpoint-signing-key.pub.pem";

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

    private KeyPair load() {
        if (settings.privateKeyFile() != null || settings.publicKeyFile() != null) {
            if (settings.privateKeyFile() == null || settings.publicKeyFile() == null) {
                throw new IllegalStateException("ledger.checkpoints.private-key and public-key go together");
            }
            return read(settings.privateKeyFile(), settings.publicKeyFile());
        }
        Path dir = settings.keyDir().toAbsolutePath().normalize();
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
            if (!settings.generateKey()) {
                throw new IllegalStateException("No checkpoint signing key in " + dir + " and generating one is off");
            }
            try {
                generate(privateFile, publicFile);
            } catch (FileAlreadyExistsException raced) {
                log.info("Another instance generated the checkpoint signing key in {} first", dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the checkpoint signing key to " + dir, e);
            }
        }
        return read(privateFile, publicFile);
    }

    private static KeyPair read(Path privateFile, Path publicFile) {
        try {
            PrivateKey privateKey = Ed25519Keys.privateKeyFromPem(Files.readString(privateFile, StandardCharsets.US_ASCII));
            PublicKey publicKey = Ed25519Keys.publicKeyFromPem(Files.readString(publicFile, StandardCharsets.US_ASCII));
            if (!Ed25519Keys.isPair(privateKey, publicKey)) {
                throw new IllegalStateException(publicFile + " is not the public key of " + privateFile);
            }
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint signing key " + privateFile + " / "
                    + publicFile, e);
        }
    }

    private static void generate(Path privateFile, Path publicFile) throws IOException {
        Files.createDirectories(privateFile.getParent());
        KeyPair generated = Ed25519Keys.generate();
        write(privateFile, Ed25519Keys.privateKeyPem(generated.getPrivate()), "rw-------");
        write(publicFile, Ed25519Keys.publicKeyPem(generated.getPublic()), "rw-r--r--");
        log.info("Generated a checkpoint signing key {} (key id {}); auditors verify with {}", privateFile,
                Ed25519Keys.keyId(generated.getPublic()), publicFile);
    }

    /**
     * Written under a temporary name with its final permissions, then moved in place (never readable by others);
     * the move fails if another instance got there first, and that instance's key is used.
     */
    private static void write(Path file, String pem, String permissions) throws IOException {
        Path temporary = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)))
                : Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
