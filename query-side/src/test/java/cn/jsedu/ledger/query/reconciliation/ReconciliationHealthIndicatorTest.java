package cn.jsedu.ledger.query.reconciliation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The reconciliation health component: what the latest run found, whether it failed, whether the schedule stalled. */
class ReconciliationHealthIndicatorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final Reconciliation reconciliation = mock(Reconciliation.class);

    private Status status(Duration interval) {
        ReconciliationSettings settings = new ReconciliationSettings(interval, Duration.ZERO, 1000, 100, 1000);
        return new ReconciliationHealthIndicator(reconciliation, settings, Clock.fixed(NOW, ZoneOffset.UTC))
                .health().getStatus();
    }

    private static ReconciliationReport report(Instant finished, long disagreements) {
        Map<Disagreement.Kind, Long> byKind = new EnumMap<>(Disagreement.Kind.class);
        byKind.put(Disagreement.Kind.BALANCE, disagreements);
        return new ReconciliationReport(new ReconciliationReport.ReconciliationRun(
                ReconciliationReport.Trigger.SCHEDULE, finished.minusSeconds(1), finished, 30, true), finished,
                disagreements, byKind, List.of(), List.of());
    }

    private void latest(ReconciliationReport report) {
        when(reconciliation.latest()).thenReturn(Optional.ofNullable(report));
    }

    @Test
    void unknownBeforeTheFirstRun() {
        latest(null);
        when(reconciliation.lastFailure()).thenReturn(Optional.empty());
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void upWhenTheLatestRunAgreedAndIsRecent() {
        latest(report(NOW.minus(Duration.ofMinutes(90)), 0));
        when(reconciliation.lastFailure()).thenReturn(Optional.empty());
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.UP);
    }

    @Test
    void downOnADisagreement() {
        latest(report(NOW.minusSeconds(10), 2));
        when(reconciliation.lastFailure()).thenReturn(Optional.empty());
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenNoRunFinishedForThreeIntervalsUnlessTheScheduleIsOff() {
        latest(report(NOW.minus(Duration.ofHours(3)).minusSeconds(1), 0));
        when(reconciliation.lastFailure()).thenReturn(Optional.empty());
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.DOWN);
        assertThat(status(Duration.ZERO)).isEqualTo(Status.UP);
    }

    @Test
    void downWhenTheLastRunFailed() {
        when(reconciliation.lastFailure()).thenReturn(Optional.of(new Reconciliation.Failure(NOW, "database down")));
        latest(null);
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.DOWN);
        latest(report(NOW.minusSeconds(60), 0));
        assertThat(status(Duration.ofHours(1))).isEqualTo(Status.DOWN);
    }
}
