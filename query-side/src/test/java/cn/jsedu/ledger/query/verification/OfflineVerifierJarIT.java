package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged query-side jar in verify mode: no Spring context, no database, an exit code and a sentence; the event
 * key given as the folder holding it (BouncyCastle's Ed25519 runs from inside the jar).
 */
class OfflineVerifierJarIT {

    @TempDir
    Path dir;

    @Test
    void theExecutableJarVerifiesAHistoryWithoutStartingTheApplication() throws Exception {
        File[] jars = new File("target").listFiles((d, name) -> name.startsWith("query-side-") && name.endsWith("-exec.jar"));
        assertThat(jars).as("the packaged query side (mvn verify packages it before integration tests)").hasSize(1);
        List<String> lines = new ArrayList<>();
        byte[] previous = EventHash.genesis();
        for (int i = 0; i < 3; i++) {
            StoredEventRow row = Ledgers.signed(Ledgers.unchained("JS-JAR", i, 500 + i).chainedTo(previous), i,
                    Ledgers.SIGNING_KEY);
            lines.add(HistoryLines.line(i + 1, row));
            previous = row.eventHash();
        }
        Path valid = Files.write(dir.resolve("valid.jsonl"), lines, StandardCharsets.UTF_8);
        Path eventKey = Files.writeString(dir.resolve("event-signing-key.pub.pem"),
                Ed25519Keys.publicKeyPem(Ledgers.SIGNING_KEY.getPublic()));
        lines.remove(1);
        Path gap = Files.write(dir.resolve("gap.jsonl"), lines, StandardCharsets.UTF_8);

        assertThat(run(jars[0], valid, eventKey)).startsWith("0").contains("VALID").doesNotContain("Spring");
        assertThat(run(jars[0], gap, eventKey)).startsWith("1").contains("BROKEN at sequence 1: SEQUENCE_GAP");
    }

    /** "exit code" + output; the JVM is given a minute, which only a hang would exceed. */
    private String run(File jar, Path history, Path eventKey) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.getAbsolutePath(), "verify", "--history", history.toString(), "--event-key",
                eventKey.getParent().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + output;
    }
}
