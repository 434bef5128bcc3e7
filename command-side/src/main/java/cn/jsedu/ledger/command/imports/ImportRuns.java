package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.ImportProgress;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The progress of the imports whose client named them with a {@code progressId} (ADR 0024), kept in this instance's
 * memory while the upload runs and for {@link #KEPT_FOR} after: read by the client that uploaded, while its upload is
 * still waiting for the answer. The answer of the upload stays the one outcome of record; a run lost with the instance
 * loses only the view of its progress (the file was recorded whole or not at all, and uploading it again says which).
 */
@Component
public class ImportRuns implements ImportProgress {

    /** How long a finished run's progress can still be read. */
    static final Duration KEPT_FOR = Duration.ofHours(1);
    /** At most this many runs are kept: the oldest finished ones go first. */
    static final int KEPT = 1_000;

    /** Where an upload is: its file read, its rows being judged, its entries being appended, or its answer. */
    public enum Phase {
        READING, JUDGING, RECORDING, RECORDED, CHECKED, REFUSED, FAILED;

        boolean finished() {
            return this == RECORDED || this == CHECKED || this == REFUSED || this == FAILED;
        }
    }

    private record Key(String platformId, String progressId) {
    }

    /** One run's progress as its client reads it; counts are rows of entries (not the label and key rows). */
    private static final class Run {
        final String username;
        final String kind;
        final Instant startedAt;
        volatile Phase phase = Phase.READING;
        volatile int rows;
        volatile int judged;
        volatile int recorded;
        volatile int alreadyRecorded;
        volatile int errors;
        volatile Instant updatedAt;

        Run(String username, String kind, Instant startedAt) {
            this.username = username;
            this.kind = kind;
            this.startedAt = startedAt;
            this.updatedAt = startedAt;
        }
    }

    private final Map<Key, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    public ImportRuns(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts watching an upload; false if the platform has a run of that id still under way (the client must name
     * each upload it watches apart). A finished run of the id is replaced.
     */
    synchronized boolean start(String platformId, String progressId, String kind, String username) {
        forgetOld();
        Key key = new Key(platformId, progressId);
        Run running = runs.get(key);
        if (running != null && !running.phase.finished()) {
            return false;
        }
        runs.put(key, new Run(username, kind, clock.instant()));
        return true;
    }

    /** The file is read: {@code rows} rows of entries go to the platform to be judged. */
    void judging(String platformId, String progressId, int rows) {
        update(platformId, progressId, run -> {
            run.rows = rows;
            run.phase = Phase.JUDGING;
        });
    }

    @Override
    public void judged(String platformId, String progressId, int rowsJudged) {
        update(platformId, progressId, run -> {
            run.judged = rowsJudged;
            // every row judged: what is left is the append of the entries, in the command's transaction
            run.phase = rowsJudged >= run.rows ? Phase.RECORDING : Phase.JUDGING;
        });
    }

    /** Every row passed: recorded (or, for a dry run, checked) as {@code answer} says. */
    void answered(String platformId, String progressId, ImportView answer) {
        update(platformId, progressId, run -> {
            run.judged = run.rows;
            run.recorded = answer.recorded();
            run.alreadyRecorded = answer.alreadyRecorded();
            run.phase = answer.dryRun() ? Phase.CHECKED : Phase.RECORDED;
        });
    }

    void refused(String platformId, String progressId, int errors) {
        update(platformId, progressId, run -> {
            run.errors = errors;
            run.phase = Phase.REFUSED;
        });
    }

    /** The upload ended without an answer of the import (a refusal of the request, or a failure). */
    void failed(String platformId, String progressId) {
        update(platformId, progressId, run -> {
            if (!run.phase.finished()) {
                run.phase = Phase.FAILED;
            }
        });
    }

    /** The run of {@code progressId} on the platform, if {@code username} started it (nobody reads another's). */
    Optional<ImportProgressView> view(String platformId, String progressId, String username) {
        Run run = runs.get(new Key(platformId, progressId));
        if (run == null || !run.username.equals(username)) {
            return Optional.empty();
        }
        return Optional.of(new ImportProgressView(platformId, progressId, run.kind, run.phase, run.rows, run.judged,
                run.recorded, run.alreadyRecorded, run.errors, run.startedAt, run.updatedAt));
    }

    private void update(String platformId, String progressId, Consumer<Run> change) {
        if (progressId == null) {
            return;
        }
        Run run = runs.get(new Key(platformId, progressId));
        if (run != null) {
            synchronized (run) {
                change.accept(run);
                run.updatedAt = clock.instant();
            }
        }
    }

    private void forgetOld() {
        Instant horizon = clock.instant().minus(KEPT_FOR);
        runs.entrySet().removeIf(e -> e.getValue().phase.finished() && e.getValue().updatedAt.isBefore(horizon));
        while (runs.size() >= KEPT) {
            Optional<Map.Entry<Key, Run>> oldest = runs.entrySet().stream().filter(e -> e.getValue().phase.finished())
                    .min(Comparator.comparing(e -> e.getValue().updatedAt));
            if (oldest.isEmpty()) {
                break;
            }
            runs.remove(oldest.get().getKey());
        }
    }
}
