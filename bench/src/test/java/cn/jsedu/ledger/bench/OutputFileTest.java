package cn.jsedu.ledger.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --out=FILE} is where every mode writes its report; without it, a file named after the mode and plan. */
class OutputFileTest {

    @Test
    void outNamesTheFileInEveryMode() {
        for (String mode : List.of("--commands", "--snapshots", "--scale", "--import", "--signing", "--experiments", "--full")) {
            assertThat(Bench.outputFile(List.of(mode, "--out=/tmp/report.md"), Plan.smoke()))
                    .as(mode).isEqualTo(Path.of("/tmp/report.md"));
        }
    }

    @Test
    void withoutOutTheFileIsNamedAfterTheModeAndPlan() {
        assertThat(Bench.outputFile(List.of("--commands", "--smoke"), Plan.smoke()).getFileName())
                .isEqualTo(Path.of("bench-commands-smoke.md"));
        assertThat(Bench.outputFile(List.of("--snapshots"), Plan.full()).getFileName())
                .isEqualTo(Path.of("bench-snapshots-full.md"));
        assertThat(Bench.outputFile(List.of("--signing"), Plan.full()).getFileName())
                .isEqualTo(Path.of("bench-signing.md"));
        assertThat(Bench.outputFile(List.of(), Plan.full()).getFileName())
                .isEqualTo(Path.of("bench-results-" + Plan.full().name() + ".md"));
    }
}
