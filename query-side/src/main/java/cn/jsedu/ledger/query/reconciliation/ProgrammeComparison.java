package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.programme.ProgrammeTotals;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Programme totals by platform status, as the programme read model sums them ({@link ProgrammeTotals}, the SQL behind
 * the programme metrics), against the sum of every platform's figures folded from its events. Added up part by part
 * over a pass: each part's two sides come from one snapshot, with every platform folded at the version its read model
 * had there, so the sums agree exactly unless a row does not, lag or not.
 */
final class ProgrammeComparison {

    private final Map<PlatformStatus, Sums> readModel = new EnumMap<>(PlatformStatus.class);
    private final Map<PlatformStatus, Sums> fromEvents = new EnumMap<>(PlatformStatus.class);

    /** Counts and money of one status. */
    private static final class Sums {
        long platforms;
        final Map<ProgrammeTotals.Figure, Money> figures = new EnumMap<>(ProgrammeTotals.Figure.class);

        Sums() {
            for (ProgrammeTotals.Figure figure : ProgrammeTotals.Figure.values()) {
                figures.put(figure, Money.ZERO);
            }
        }
    }

    /** A part of the programme as the read model sums it. */
    void addReadModel(Map<PlatformStatus, ProgrammeTotals.StatusTotals> part) {
        part.forEach((status, totals) -> {
            Sums sums = readModel.computeIfAbsent(status, s -> new Sums());
            sums.platforms += totals.platforms();
            totals.figures().forEach((figure, amount) -> sums.figures.merge(figure, amount, Money::plus));
        });
    }

    /** One platform of that part, folded from its events (at its read model's version). */
    void addEvents(PlatformStatus status, Balances balances) {
        Sums sums = fromEvents.computeIfAbsent(status, s -> new Sums());
        sums.platforms++;
        for (ProgrammeTotals.Figure figure : ProgrammeTotals.Figure.values()) {
            sums.figures.merge(figure, fromEvents(figure, balances), Money::plus);
        }
    }

    List<Disagreement> disagreements(Instant checkedAt) {
        Findings findings = new Findings(null, checkedAt);
        for (PlatformStatus status : PlatformStatus.values()) {
            Sums read = readModel.getOrDefault(status, new Sums());
            Sums events = fromEvents.getOrDefault(status, new Sums());
            String prefix = "programme[" + status.name() + "].";
            findings.compare(Disagreement.Kind.PROGRAMME_TOTAL, prefix + "platforms", read.platforms, events.platforms);
            for (ProgrammeTotals.Figure figure : ProgrammeTotals.Figure.values()) {
                findings.compare(Disagreement.Kind.PROGRAMME_TOTAL, prefix + figure.tag(), read.figures.get(figure),
                        events.figures.get(figure));
            }
        }
        return findings.list();
    }

    /** Each programme figure is the sum of a platform's running totals the same way {@link ProgrammeTotals} sums them. */
    static Money fromEvents(ProgrammeTotals.Figure figure, Balances b) {
        return switch (figure) {
            case PLANNED -> RunningTotal.PLANNED_TOTAL.fromEvents(b);
            case RECEIVED -> RunningTotal.RECEIVED_CASH.fromEvents(b).plus(RunningTotal.RECEIVED_NON_CASH.fromEvents(b));
            case SPENT -> RunningTotal.SPENT.fromEvents(b);
            case RECOVERED -> RunningTotal.RECOVERED.fromEvents(b);
            case ENTERPRISE_RECEIVED -> RunningTotal.ENTERPRISE_RECEIVED.fromEvents(b);
            case PROVINCIAL_RECEIVED -> RunningTotal.PROVINCIAL_RECEIVED_CASH.fromEvents(b)
                    .plus(RunningTotal.PROVINCIAL_RECEIVED_NON_CASH.fromEvents(b));
        };
    }
}
