package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.audit.ReplayedPlatform;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.programme.ProgrammeTotals;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.ENTERPRISE_RECEIVED;
import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.PLANNED;
import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.PROVINCIAL_RECEIVED;
import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.RECEIVED;
import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.RECOVERED;
import static cn.jsedu.ledger.query.programme.ProgrammeTotals.Figure.SPENT;
import static cn.jsedu.ledger.query.reconciliation.ReconciledPlatform.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Programme totals by status, summed part by part on both sides. */
class ProgrammeComparisonTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Balances balances() {
        ReplayedPlatform p = ReconciledPlatform.folded();
        return Balances.of(p.lines(), p.plan(), p.provincialAdjustment(), null, null);
    }

    /** What the platform table sums for the hand-written row of {@link ReconciledPlatform}. */
    private static Map<PlatformStatus, ProgrammeTotals.StatusTotals> readModel(String received) {
        Map<ProgrammeTotals.Figure, Money> figures = new EnumMap<>(ProgrammeTotals.Figure.class);
        figures.put(PLANNED, m("1550.00"));
        figures.put(RECEIVED, m(received));
        figures.put(SPENT, m("100.00"));
        figures.put(RECOVERED, m("0.00"));
        figures.put(ENTERPRISE_RECEIVED, m("200.00"));
        figures.put(PROVINCIAL_RECEIVED, m("250.00"));
        return Map.of(PlatformStatus.APPROVED, new ProgrammeTotals.StatusTotals(1, figures));
    }

    @Test
    void partsAddUpOnBothSides() {
        ProgrammeComparison programme = new ProgrammeComparison();
        programme.addReadModel(readModel("450.00"));
        programme.addEvents(PlatformStatus.APPROVED, balances());
        programme.addReadModel(readModel("450.00"));
        programme.addEvents(PlatformStatus.APPROVED, balances());
        assertThat(programme.disagreements(NOW)).isEmpty();
    }

    @Test
    void aDifferenceIsNamedByStatusAndFigure() {
        ProgrammeComparison programme = new ProgrammeComparison();
        programme.addReadModel(readModel("450.01"));
        programme.addEvents(PlatformStatus.APPROVED, balances());
        programme.addEvents(PlatformStatus.SUSPENDED, balances());

        assertThat(programme.disagreements(NOW))
                .extracting(Disagreement::platformId, Disagreement::figure, Disagreement::readModel,
                        Disagreement::fromEvents)
                .containsExactly(
                        tuple(null, "programme[APPROVED].received", "450.01", "450.00"),
                        tuple(null, "programme[SUSPENDED].platforms", "0", "1"),
                        tuple(null, "programme[SUSPENDED].planned", "0.00", "1550.00"),
                        tuple(null, "programme[SUSPENDED].received", "0.00", "450.00"),
                        tuple(null, "programme[SUSPENDED].spent", "0.00", "100.00"),
                        tuple(null, "programme[SUSPENDED].enterprise_received", "0.00", "200.00"),
                        tuple(null, "programme[SUSPENDED].provincial_received", "0.00", "250.00"));
    }
}
