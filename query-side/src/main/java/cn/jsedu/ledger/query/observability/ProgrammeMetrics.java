package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Programme totals from the read model, by platform status: {@code ledger_programme_platforms{status}} and
 * {@code ledger_programme_amount_yuan{figure, status}} (planned, received, spent, recovered, and the received money
 * of the two sources the rules single out). Unlike the command side's counters these survive restarts and agree
 * with the query API. One GROUP BY over the platform table's running totals, taken at most once per
 * {@code ledger.observability.programme-refresh}; all tags are enums, so the series are bounded (8 × 7).
 */
@Component
public class ProgrammeMetrics {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeMetrics.class);
    static final List<String> FIGURES = List.of("planned", "received", "spent", "recovered", "enterprise_received",
            "provincial_received");
    private static final String TOTALS = """
            SELECT status, count(*), sum(planned_total), sum(received_cash + received_non_cash), sum(spent),
                   sum(recovered), sum(enterprise_received), sum(provincial_received_cash + provincial_received_non_cash)
            FROM read_model.platform GROUP BY status""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration refresh;
    private volatile Instant takenAt = Instant.MIN;
    private volatile Map<PlatformStatus, double[]> totals = Map.of();

    public ProgrammeMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock,
                            ObservabilitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresh = settings.programmeRefresh();
        for (PlatformStatus status : PlatformStatus.values()) {
            Gauge.builder("ledger.programme.platforms", () -> value(status, 0))
                    .description("Platforms of the programme, by status (read model)")
                    .tag("status", status.name()).strongReference(true).register(registry);
            for (int i = 0; i < FIGURES.size(); i++) {
                int column = i + 1;
                Gauge.builder("ledger.programme.amount", () -> value(status, column)).baseUnit("yuan")
                        .description("Programme money totals by figure and platform status (read model)")
                        .tag("figure", FIGURES.get(i)).tag("status", status.name()).strongReference(true)
                        .register(registry);
            }
        }
    }

    /** Column 0 is the platform count, then the figures; a status without platforms is 0, a failed read NaN. */
    private double value(PlatformStatus status, int column) {
        Map<PlatformStatus, double[]> current = current();
        if (current == null) {
            return Double.NaN;
        }
        double[] row = current.get(status);
        return row == null ? 0 : row[column];
    }

    private synchronized Map<PlatformStatus, double[]> current() {
        Instant now = clock.instant();
        if (takenAt.plus(refresh).isAfter(now)) {
            return totals;
        }
        takenAt = now;
        try {
            Map<PlatformStatus, double[]> read = new EnumMap<>(PlatformStatus.class);
            jdbc.query(TOTALS, row -> {
                double[] values = new double[FIGURES.size() + 1];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getDouble(i + 2);
                }
                String status = row.getString(1);
                // a status this build does not know (a newer writer) is left out, not allowed to blank every gauge
                Arrays.stream(PlatformStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                        .ifPresent(s -> read.put(s, values));
            });
            totals = read;
        } catch (RuntimeException e) {
            log.warn("cannot read the programme totals: {}", e.toString());
            totals = null;
        }
        return totals;
    }
}
