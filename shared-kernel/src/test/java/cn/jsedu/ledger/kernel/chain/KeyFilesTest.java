package cn.jsedu.ledger.kernel.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingPairIsGeneratedOnceWithAPrivateFileOnlyItsOwnerReads() throws IOException {
        KeyFiles.Loaded first = KeyFiles.readOrGenerate(dir.resolve("keys"), "event-signing-key", true);
        assertThat(first.generated()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateFile())))
                .isEqualTo("rw-------");
        KeyFiles.Loaded again = KeyFiles.readOrGenerate(dir.resolve("keys"), "event-signing-key", true);
        assertThat(again.generated()).isFalse();
        assertThat(again.pair().getPublic()).isEqualTo(first.pair().getPublic());
        assertThatThrownBy(() -> KeyFiles.readOrGenerate(dir.resolve("other"), "event-signing-key", false))
                .hasMessageContaining("generating one is off");
    }

    @Test
    void aRingIsEveryPublicKeyOfItsNameInAFolderAndEveryNamedFile() throws IOException {
        KeyPair current = KeyFiles.readOrGenerate(dir, "event-signing-key", true).pair();
        KeyPair retired = Ed25519Keys.generate();
        KeyPair checkpoint = Ed25519Keys.generate();
        KeyPair elsewhere = Ed25519Keys.generate();
        Files.writeString(dir.resolve("event-signing-key-2025.pub.pem"), Ed25519Keys.publicKeyPem(retired.getPublic()));
        Files.writeString(dir.resolve("checkpoint-signing-key.pub.pem"), Ed25519Keys.publicKeyPem(checkpoint.getPublic()));
        Path named = Files.writeString(dir.resolve("given.pem"), Ed25519Keys.publicKeyPem(elsewhere.getPublic()));

        assertThat(KeyFiles.publicKeys(List.of(dir, named, dir.resolve("absent-folder")), "event-signing-key"))
                .containsOnlyKeys(Ed25519Keys.keyId(current.getPublic()), Ed25519Keys.keyId(retired.getPublic()),
                        Ed25519Keys.keyId(elsewhere.getPublic()));
        assertThatThrownBy(() -> KeyFiles.publicKeys(List.of(dir.resolve("missing.pub.pem")), "event-signing-key"))
                .hasMessageContaining("missing.pub.pem");
    }
}
