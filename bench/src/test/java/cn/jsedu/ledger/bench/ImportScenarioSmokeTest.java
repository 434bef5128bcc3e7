package cn.jsedu.ledger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S12 with one repetition, so the import scenario cannot rot unnoticed: it uploads the 5,000-row file, checks that every
 * row was recorded and that the second upload recorded none (the scenario throws otherwise), and reports its figures
 * beside the raw INSERT baselines. Speed is measured by the run in BENCHMARKS.md, never asserted.
 */
class ImportScenarioSmokeTest {

    @Test
    void theImportScenarioRecordsEveryRowOnceAndProducesItsFigures() throws Exception {
        Report report = ImportScenario.run(Plan.smoke());
        report.write(Bench.outputDir().resolve("bench-import-smoke.md"));
        for (String id : List.of("BIMP", "BIMP.batch", "S12.dry", "S12", "S12.s", "S12.again")) {
            assertThat(report.has(id)).as(id).isTrue();
            assertThat(report.median(id)).as(id).isPositive();
        }
    }
}
