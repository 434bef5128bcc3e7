package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.programme.ProgrammeTotals;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Programme totals from the read model, by platform status: {@code ledger_programme_platforms{status}} and
 * {@code ledger_programme_amount_yuan{figure, status}} (planned, received, spent, recovered, and the received money
 * of the two sources the rules single out). Unlike the command side's counters these survive restarts and agree
 * with the query API. One GROUP BY over the platform table's running totals ({@link ProgrammeTotals}, the sums
 * reconciliation checks against the events), taken at most once per {@code ledger.observability.programme-refresh};
 * all tags are enums, so the series are bounded (8 × 7).
 */
@Component
public class ProgrammeMetrics {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeMetrics.class);

    private final ProgrammeTotals programme;
    private final Clock clock;
    private final Duration refresh;
    private volatile Instant takenAt = Instant.MIN;
    private volatile Map<PlatformStatus, ProgrammeTotals.StatusTotals> totals = Map.of();

    public ProgrammeMetrics(MeterRegistry registry, ProgrammeTotals programme, Clock clock,
                            ObservabilitySettings settings) {
        this.programme = programme;
        this.clock = clock;
        this.refresh = settings.programmeRefresh();
        for (PlatformStatus status : PlatformStatus.values()) {
            Gauge.builder("ledger.programme.platforms", () -> platforms(status))
                    .description("Platforms of the programme, by status (read model)")
                    .tag("status", status.name()).strongReference(true).register(registry);
            for (ProgrammeTotals.Figure figure : ProgrammeTotals.Figure.values()) {
                Gauge.builder("ledger.programme.amount", () -> amount(status, figure)).baseUnit("yuan")
                        .description("Programme money totals by figure and platform status (read model)")
                        .tag("figure", figure.tag()).tag("status", status.name()).strongReference(true)
                        .register(registry);
            }
        }
    }

    /** A status without platforms is 0, a failed read NaN. */
    private double platforms(PlatformStatus status) {
        Map<PlatformStatus, ProgrammeTotals.StatusTotals> current = current();
        if (current == null) {
            return Double.NaN;
        }
        ProgrammeTotals.StatusTotals row = current.get(status);
        return row == null ? 0 : row.platforms();
    }

    private double amount(PlatformStatus status, ProgrammeTotals.Figure figure) {
        Map<PlatformStatus, ProgrammeTotals.StatusTotals> current = current();
        if (current == null) {
            return Double.NaN;
        }
        ProgrammeTotals.StatusTotals row = current.get(status);
        return row == null ? 0 : row.figures().get(figure).toBigDecimal().doubleValue();
    }

    private synchronized Map<PlatformStatus, ProgrammeTotals.StatusTotals> current() {
        Instant now = clock.instant();
        if (takenAt.plus(refresh).isAfter(now)) {
            return totals;
        }
        takenAt = now;
        try {
            totals = programme.byStatus();
        } catch (RuntimeException e) {
            log.warn("cannot read the programme totals: {}", e.toString());
            totals = null;
        }
        return totals;
    }
}
