package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointKeysTest {

    @TempDir
    Path dir;

    private CheckpointKeys keys(String privateKey, String publicKey, boolean generate) {
        return new CheckpointKeys(new CheckpointSettings(dir.resolve("checkpoints"), dir.resolve("keys"), privateKey,
                publicKey, List.of(), generate, Duration.ZERO));
    }

    @Test
    void theEmbeddedDefaultGeneratesAKeyPairOnceWithAPrivateFileOnlyItsOwnerReads() throws IOException {
        KeyPair first = keys("", "", true).keyPair();
        Path privateFile = dir.resolve("keys").resolve(CheckpointKeys.PRIVATE_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("keys").resolve(CheckpointKeys.PUBLIC_FILE)))
                .isEqualTo(Ed25519Keys.publicKeyPem(first.getPublic()));
        assertThat(keys(null, null, true).keyPair().getPublic()).isEqualTo(first.getPublic());
        assertThat(dir.resolve("keys").toFile().list()).hasSize(2);
    }

    @Test
    void configuredKeyFilesAreUsedAndMustBeAPair() throws IOException {
        KeyPair pair = Ed25519Keys.generate();
        Path privateFile = Files.writeString(dir.resolve("sign.pem"), Ed25519Keys.privateKeyPem(pair.getPrivate()));
        Path publicFile = Files.writeString(dir.resolve("sign.pub.pem"), Ed25519Keys.publicKeyPem(pair.getPublic()));
        assertThat(keys(privateFile.toString(), publicFile.toString(), false).publicKey()).isEqualTo(pair.getPublic());
        assertThat(dir.resolve("keys")).doesNotExist();

        Path other = Files.writeString(dir.resolve("other.pub.pem"), Ed25519Keys.publicKeyPem(Ed25519Keys.generate().getPublic()));
        assertThatThrownBy(() -> keys(privateFile.toString(), other.toString(), false).keyPair())
                .hasMessageContaining("is not the public key of");
        assertThatThrownBy(() -> keys(privateFile.toString(), "", false).keyPair()).hasMessageContaining("go together");
    }

    @Test
    void withoutAKeyAndWithoutGenerationThereIsNoSigning() {
        assertThatThrownBy(() -> keys(null, null, false).keyPair()).hasMessageContaining("generating one is off");
    }

    @Test
    void afterARotationInTheKeyFolderCheckpointsOfTheOldAndTheNewKeyVerify() throws IOException {
        Checkpoint content = new Checkpoint(1, Instant.parse("2026-01-01T00:00:00Z"), List.of());
        SignedCheckpoint old = SignedCheckpoint.sign(content, keys(null, null, true).keyPair());
        // The README's rotation: the private key file removed, the public key kept under another name.
        Path keyDir = dir.resolve("keys");
        Files.delete(keyDir.resolve(CheckpointKeys.PRIVATE_FILE));
        Path retired = Files.move(keyDir.resolve(CheckpointKeys.PUBLIC_FILE),
                keyDir.resolve(CheckpointKeys.NAME + "-2026.pub.pem"));
        CheckpointKeys rotated = keys(null, null, true);
        SignedCheckpoint renewed = SignedCheckpoint.sign(content, rotated.keyPair());
        assertThat(renewed.keyId()).isNotEqualTo(old.keyId());
        assertThat(old.checkIn(rotated.ring())).isEqualTo(KeyRing.Check.VALID);
        assertThat(renewed.checkIn(rotated.ring())).isEqualTo(KeyRing.Check.VALID);

        String retiredPem = Files.readString(retired);
        Files.delete(retired);
        assertThat(old.checkIn(rotated.ring())).isEqualTo(KeyRing.Check.UNKNOWN_KEY);
        // A retired key kept elsewhere and named in ledger.checkpoints.public-keys counts as well.
        Path archived = Files.writeString(dir.resolve("archive.pem"), retiredPem);
        assertThat(old.checkIn(new CheckpointKeys(new CheckpointSettings(dir.resolve("checkpoints"), keyDir, null, null,
                List.of(archived), true, Duration.ZERO)).ring())).isEqualTo(KeyRing.Check.VALID);
    }
}
