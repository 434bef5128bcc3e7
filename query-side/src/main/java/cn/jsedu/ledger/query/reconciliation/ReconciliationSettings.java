package cn.jsedu.ledger.query.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.reconciliation.*}: how often the read models are checked against the event store, and how much work
 * one check may do.
 *
 * @param interval        between the end of one scheduled run and the start of the next; 0 = only on demand
 * @param initialDelay    from start-up to the first scheduled run
 * @param platformsPerRun at most this many platforms per scheduled run; a larger programme is checked over several
 *                        runs, each going on where the last stopped (on-demand runs check every platform)
 * @param chunkSize       platforms checked in one read-only snapshot (one short transaction each)
 * @param reportLimit     at most this many disagreements listed in a report (all are counted)
 */
@ConfigurationProperties(prefix = "ledger.reconciliation")
public record ReconciliationSettings(@DefaultValue("1h") Duration interval,
                                     @DefaultValue("2m") Duration initialDelay,
                                     @DefaultValue("1000") int platformsPerRun,
                                     @DefaultValue("100") int chunkSize,
                                     @DefaultValue("1000") int reportLimit) {

    public ReconciliationSettings {
        if (interval.isNegative() || initialDelay.isNegative()) {
            throw new IllegalArgumentException("ledger.reconciliation: interval and initial-delay must not be negative");
        }
        if (platformsPerRun < 1 || chunkSize < 1 || reportLimit < 0) {
            throw new IllegalArgumentException(
                    "ledger.reconciliation: platforms-per-run and chunk-size must be at least 1, report-limit at least 0");
        }
    }

    boolean scheduled() {
        return !interval.isZero();
    }
}
