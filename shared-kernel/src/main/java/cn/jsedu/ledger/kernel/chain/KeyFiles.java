package cn.jsedu.ledger.kernel.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ed25519 key pairs and public keys in PEM files, as both signing keys of ADR 0010 keep them: a pair named
 * {@code <name>.pem} (private, PKCS#8, readable by its owner only) and {@code <name>.pub.pem} (public, X.509) in a
 * key folder, generated there on first use in the embedded default, or given as two files from a secret store; and
 * a key ring of public keys, read from files and folders, so that signatures made by retired keys still verify.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** A loaded pair, where it came from, and whether it was generated just now. */
    public record Loaded(KeyPair pair, Path privateFile, Path publicFile, boolean generated) {
    }

    /** The pair in these two files; refuses a public key that is not the private key's. */
    public static KeyPair read(Path privateFile, Path publicFile) {
        try {
            PrivateKey privateKey = Ed25519Keys.privateKeyFromPem(Files.readString(privateFile, StandardCharsets.US_ASCII));
            PublicKey publicKey = Ed25519Keys.publicKeyFromPem(Files.readString(publicFile, StandardCharsets.US_ASCII));
            if (!Ed25519Keys.isPair(privateKey, publicKey)) {
                throw new IllegalStateException(publicFile + " is not the public key of " + privateFile);
            }
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key pair " + privateFile + " / " + publicFile, e);
        }
    }

    /**
     * The pair {@code <name>.pem} / {@code <name>.pub.pem} in {@code dir}; when neither exists and {@code generate}
     * allows it, a new pair written there first (private key mode 600, public key 644). Several instances may start
     * at once: the first to move its files in place wins and the others read its key.
     */
    public static Loaded readOrGenerate(Path dir, String name, boolean generate) {
        Path folder = dir.toAbsolutePath().normalize();
        Path privateFile = folder.resolve(name + ".pem");
        Path publicFile = folder.resolve(name + ".pub.pem");
        boolean generated = false;
        if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
            if (!generate) {
                throw new IllegalStateException("No key " + name + " in " + folder + " and generating one is off");
            }
            try {
                Files.createDirectories(folder);
                KeyPair pair = Ed25519Keys.generate();
                write(privateFile, Ed25519Keys.privateKeyPem(pair.getPrivate()), "rw-------");
                write(publicFile, Ed25519Keys.publicKeyPem(pair.getPublic()), "rw-r--r--");
                generated = true;
            } catch (FileAlreadyExistsException raced) {
                // another instance generated the pair first: use it
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the key " + name + " to " + folder, e);
            }
        }
        return new Loaded(read(privateFile, publicFile), privateFile, publicFile, generated);
    }

    /**
     * Public keys by key id: every path is a PEM file, or a folder in which every file named
     * {@code <prefix>*.pub.pem} is one (the current key's public file and the retired ones kept beside it). A folder
     * that does not exist holds no keys, an empty path names nothing; a named {@code .pem} file that does not exist
     * is an error.
     */
    public static Map<String, PublicKey> publicKeys(List<Path> paths, String prefix) {
        Map<String, PublicKey> keys = new TreeMap<>();
        for (Path path : paths) {
            if (path.toString().isBlank()) {
                continue; // an empty setting names nothing (not the working directory)
            }
            if (Files.isDirectory(path)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(path, prefix + "*.pub.pem")) {
                    for (Path file : files) {
                        add(keys, file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not list public keys in " + path, e);
                }
            } else if (Files.exists(path) || path.getFileName().toString().endsWith(".pem")) {
                add(keys, path);
            }
        }
        return keys;
    }

    private static void add(Map<String, PublicKey> keys, Path file) {
        try {
            PublicKey key = Ed25519Keys.publicKeyFromPem(Files.readString(file, StandardCharsets.US_ASCII));
            keys.put(Ed25519Keys.keyId(key), key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the public key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Written under a temporary name with its final permissions, then moved in place (never readable by others);
     * the move fails if the file exists already.
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
