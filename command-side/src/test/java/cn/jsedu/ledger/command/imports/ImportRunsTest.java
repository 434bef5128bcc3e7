package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.ImportProgress;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress of watched uploads (ADR 0024): phases in order, read by the uploader only, one run per id at a time. */
class ImportRunsTest {

    private final ImportRuns runs = new ImportRuns(Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void anUploadGoesFromReadingThroughJudgingAndRecordingToItsAnswer() {
        assertThat(runs.start("P-1", "up-1", "INSTALLMENT", "college-1")).isTrue();
        assertThat(phase()).isEqualTo(ImportRuns.Phase.READING);
        runs.judging("P-1", "up-1", 3);
        ImportProgress progress = runs;
        progress.judged("P-1", "up-1", 2);
        assertThat(runs.view("P-1", "up-1", "college-1").orElseThrow())
                .extracting(ImportProgressView::phase, ImportProgressView::rows, ImportProgressView::judged)
                .containsExactly(ImportRuns.Phase.JUDGING, 3, 2);
        progress.judged("P-1", "up-1", 3);
        assertThat(phase()).isEqualTo(ImportRuns.Phase.RECORDING);
        runs.answered("P-1", "up-1", new ImportView("P-1", "INSTALLMENT", false, 3, 2, 1, List.of(3, 4), List.of(5), 9));
        runs.failed("P-1", "up-1");
        assertThat(runs.view("P-1", "up-1", "college-1").orElseThrow())
                .extracting(ImportProgressView::phase, ImportProgressView::recorded, ImportProgressView::alreadyRecorded)
                .containsExactly(ImportRuns.Phase.RECORDED, 2, 1);
    }

    @Test
    void onlyTheUploaderReadsItAndAnIdIsTakenWhileItsUploadRuns() {
        runs.start("P-1", "up-1", "INSTALLMENT", "college-1");
        assertThat(runs.view("P-1", "up-1", "finance")).isEmpty();
        assertThat(runs.view("P-2", "up-1", "college-1")).isEmpty();
        assertThat(runs.start("P-1", "up-1", "INSTALLMENT", "college-1")).isFalse();
        assertThat(runs.start("P-2", "up-1", "INSTALLMENT", "college-2")).isTrue();

        runs.judging("P-1", "up-1", 1);
        runs.refused("P-1", "up-1", 4);
        assertThat(runs.view("P-1", "up-1", "college-1").orElseThrow())
                .extracting(ImportProgressView::phase, ImportProgressView::errors)
                .containsExactly(ImportRuns.Phase.REFUSED, 4);
        assertThat(runs.start("P-1", "up-1", "INSTALLMENT", "college-1")).isTrue();
        assertThat(phase()).isEqualTo(ImportRuns.Phase.READING);
        runs.failed("P-1", "up-1");
        assertThat(phase()).isEqualTo(ImportRuns.Phase.FAILED);
        // an upload nobody watches reports into nothing
        ImportProgress progress = runs;
        progress.judged("P-1", null, 1);
        runs.judging("P-1", null, 1);
    }

    private ImportRuns.Phase phase() {
        return runs.view("P-1", "up-1", "college-1").orElseThrow().phase();
    }
}
