package cn.jsedu.ledger.query.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What reconciliation knows after its last run: every platform's latest check (a platform is re-checked at least once
 * per pass over the programme; with the defaults every run is a whole pass) and the programme totals of the last
 * complete pass.
 *
 * @param lastRun               the run that made this report
 * @param programmeCheckedAt    when a pass last ended, comparing the programme totals; absent before the first
 * @param disagreementCount     every standing disagreement, listed or not
 * @param disagreementsByKind   the same, by kind (the metrics' numbers)
 * @param disagreements         platform by platform, then the programme's; at most {@code ledger.reconciliation.report-limit}
 * @param lagging               platforms whose read model had not yet reached their latest events: not disagreements
 */
public record ReconciliationReport(ReconciliationRun lastRun, Instant programmeCheckedAt, long disagreementCount,
                                   Map<Disagreement.Kind, Long> disagreementsByKind, List<Disagreement> disagreements,
                                   List<LaggingPlatform> lagging) {

    /** Who asked for a run. */
    public enum Trigger {
        SCHEDULE, ON_DEMAND
    }

    /**
     * @param platformsChecked platforms this run compared
     * @param completedPass    whether it reached the last platform (so the programme totals were compared)
     */
    public record ReconciliationRun(Trigger trigger, Instant startedAt, Instant finishedAt, int platformsChecked,
                      boolean completedPass) {
    }
}
