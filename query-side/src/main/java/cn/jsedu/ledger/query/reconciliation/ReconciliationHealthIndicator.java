package cn.jsedu.ledger.query.reconciliation;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code reconciliation} health component: DOWN when the latest check found a disagreement, when the last run
 * failed, or when the schedule has not finished a run for three intervals; UNKNOWN before the first run; UP
 * otherwise. Deliberately in neither probe group (ADR 0017): every instance reads the same database, so a
 * disagreement would take all of them out of rotation at once, and a restart cannot repair a read model. It shows in
 * {@code /actuator/health} and the alerts; details (counts, when) for administrators, as for every component.
 */
@Component
public class ReconciliationHealthIndicator extends AbstractHealthIndicator {

    private static final int STALE_AFTER_INTERVALS = 3;

    private final Reconciliation reconciliation;
    private final ReconciliationSettings settings;
    private final Clock clock;

    public ReconciliationHealthIndicator(Reconciliation reconciliation, ReconciliationSettings settings, Clock clock) {
        super("reconciliation could not be inspected");
        this.reconciliation = reconciliation;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<ReconciliationReport> latest = reconciliation.latest();
        Optional<Reconciliation.Failure> failure = reconciliation.lastFailure();
        failure.ifPresent(f -> builder.down().withDetail("failedAt", f.at()).withDetail("error", f.error()));
        if (latest.isEmpty()) {
            if (failure.isEmpty()) {
                builder.unknown().withDetail("reason", "no reconciliation has run yet");
            }
            return;
        }
        ReconciliationReport report = latest.get();
        builder.withDetail("lastRun", report.lastRun().finishedAt())
                .withDetail("platformsChecked", report.lastRun().platformsChecked())
                .withDetail("disagreements", report.disagreementCount())
                .withDetail("laggingPlatforms", report.lagging().size());
        if (failure.isPresent()) {
            return;
        }
        Instant staleAt = report.lastRun().finishedAt().plus(settings.interval().multipliedBy(STALE_AFTER_INTERVALS));
        if (report.disagreementCount() > 0) {
            builder.down();
        } else if (settings.scheduled() && clock.instant().isAfter(staleAt)) {
            builder.down().withDetail("reason", "no run finished since " + report.lastRun().finishedAt());
        } else {
            builder.up();
        }
    }
}
