package cn.jsedu.ledger.bench;

import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile mode's converter: JFR samples to folded stacks, categories and a flame graph. */
class StackProfileTest {

    @Test
    void aSampleCountsForItsInnermostFrameOutsideTheJdksGeneralPurposeCode() {
        assertThat(StackProfile.category(List.of("java.util.HashMap.get",
                "com.fasterxml.jackson.databind.ObjectMapper.readValue", "org.axonframework.Foo.bar")))
                .isEqualTo("Jackson");
        assertThat(StackProfile.category(List.of("sun.nio.ch.SocketDispatcher.write0",
                "org.postgresql.core.PGStream.flush"))).startsWith("JDBC");
        assertThat(StackProfile.category(List.of("sun.security.provider.SHA2.implCompress",
                "cn.jsedu.ledger.kernel.chain.EventHash.of"))).startsWith("hashing");
        assertThat(StackProfile.category(List.of("java.lang.Thread.run"))).isEqualTo(StackProfile.JDK);
    }

    @Test
    void foldsTheSamplesOfARecordingRootedAtTheirThreadKind(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
            recording.start();
            Thread busy = new Thread(() -> hashFor(Duration.ofSeconds(2)), "load-0");
            busy.start();
            busy.join();
            recording.stop();
            recording.dump(jfr);
        }

        StackProfile profile = StackProfile.read(jfr);

        assertThat(profile.samples).isPositive();
        assertThat(profile.folded.keySet()).anyMatch(stack -> stack.startsWith("[load clients (8 threads)];")
                && stack.contains("cn.jsedu.ledger.bench.StackProfileTest.hashFor"));
        assertThat(profile.byCategory).containsKey("hashing (BCrypt, SHA-256)");
        assertThat(profile.markdown("t", "c", "", 1.0)).contains("| hashing (BCrypt, SHA-256) |");
    }

    @Test
    void drawsEachFrameAsWideAsItsSamples() {
        Map<String, Long> folded = new LinkedHashMap<>();
        folded.put("[load];a;b", 3L);
        folded.put("[load];a;c", 1L);

        String svg = FlameGraph.svg("title", "sub", folded, f -> "#f80");

        assertThat(svg).contains("<title>b (3 samples, 75.00%)</title>").contains("<title>c (1 samples, 25.00%)</title>")
                .contains("<title>a (4 samples, 100.00%)</title>").endsWith("</svg>\n");
    }

    private static void hashFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        byte[] data = new byte[4096];
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            while (System.nanoTime() < end) {
                data[0] = sha.digest(data)[0];
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
