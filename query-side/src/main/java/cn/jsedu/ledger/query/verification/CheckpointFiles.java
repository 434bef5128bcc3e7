package cn.jsedu.ledger.query.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Writes each signed checkpoint as {@code checkpoint-000000042.json} into the configured folder. */
@Component
public class CheckpointFiles {

    private final Path dir;

    public CheckpointFiles(CheckpointSettings settings) {
        this.dir = settings.dir().toAbsolutePath().normalize();
    }

    public Path write(SignedCheckpoint signed, List<String> brokenPlatforms) {
        Path file = dir.resolve("checkpoint-%09d.json".formatted(signed.checkpoint().counter()));
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                    // Evidence for auditors to take away: readable by all (a temporary file starts as 600).
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.writeString(temporary, CheckpointJson.JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(CheckpointJson.toJson(signed, brokenPlatforms)) + "\n", StandardCharsets.UTF_8);
                // Readers of the folder never see half a file.
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
