package cn.jsedu.ledger.query.reconciliation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * What the alerts watch, from the latest report (no query at scrape time):
 * {@code ledger_reconciliation_disagreements{kind}}, {@code ledger_reconciliation_lagging_platforms},
 * {@code ledger_reconciliation_platforms_checked} (by the last run),
 * {@code ledger_reconciliation_last_run_timestamp_seconds} (end of the last finished run, 0 before the first) and
 * {@code ledger_reconciliation_interval_seconds} (the schedule, 0 = off), so that an alert can tell a stale check
 * without knowing the configuration. The run timer, {@code ledger_reconciliation_run_seconds{trigger,outcome}}, is
 * recorded by {@link Reconciliation}. Tags are the kinds of figure only, never a platform or an amount. Before the
 * first run the counts are NaN: unknown, not a reassuring zero.
 */
@Component
public class ReconciliationMetrics {

    public ReconciliationMetrics(MeterRegistry registry, Reconciliation reconciliation,
                                 ReconciliationSettings settings) {
        for (Disagreement.Kind kind : Disagreement.Kind.values()) {
            Gauge.builder("ledger.reconciliation.disagreements", reconciliation,
                            fromLatest(r -> r.disagreementsByKind().getOrDefault(kind, 0L)))
                    .description("Figures on which a read model disagrees with the event store (latest check)")
                    .tag("kind", kind.tag()).strongReference(true).register(registry);
        }
        Gauge.builder("ledger.reconciliation.lagging.platforms", reconciliation, fromLatest(r -> r.lagging().size()))
                .description("Platforms whose read model had not reached their latest events at the latest check")
                .strongReference(true).register(registry);
        Gauge.builder("ledger.reconciliation.platforms.checked", reconciliation,
                        fromLatest(r -> r.lastRun().platformsChecked()))
                .description("Platforms compared by the last reconciliation run").strongReference(true).register(registry);
        Gauge.builder("ledger.reconciliation.last.run.timestamp", reconciliation,
                        rec -> rec.latest().map(r -> r.lastRun().finishedAt().toEpochMilli() / 1000.0).orElse(0.0))
                .baseUnit("seconds").description("When the last reconciliation run finished (Unix time)")
                .strongReference(true).register(registry);
        Gauge.builder("ledger.reconciliation.interval", settings, s -> s.interval().toMillis() / 1000.0)
                .baseUnit("seconds").description("Time between scheduled reconciliation runs; 0 = only on demand")
                .strongReference(true).register(registry);
    }

    private static ToDoubleFunction<Reconciliation> fromLatest(ToDoubleFunction<ReconciliationReport> value) {
        return reconciliation -> reconciliation.latest().map(value::applyAsDouble).orElse(Double.NaN);
    }
}
