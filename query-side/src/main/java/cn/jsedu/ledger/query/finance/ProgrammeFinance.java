package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The programme-wide finance views (records): the platform views summed per batch and in total. */
public final class ProgrammeFinance {

    private ProgrammeFinance() {
    }

    public record Budgets(LocalDate asOf, Instant knownAt, List<BudgetGroup> byBatch, BudgetGroup total) {
    }

    public record Chains(LocalDate asOf, Instant knownAt, List<ChainGroup> byBatch, ChainGroup total,
                         List<PlatformFinding> findings) {
    }

    public record Periods(String period, LocalDate from, LocalDate to, Instant knownAt, List<PeriodGroup> byBatch,
                          PeriodGroup total) {
    }

    /** A finding of one platform. */
    public record PlatformFinding(String platformId, Integer batch, ProvincialChainView.Finding finding) {
    }

    /** {@code batch} is null in the total. */
    public record BudgetGroup(Integer batch, int platforms, Money budget, Money receivedCash, Money spent,
                              BigDecimal spentOfBudget, BigDecimal spentOfReceived, int linesBeyondTolerance) {

        static BudgetGroup empty(Integer batch) {
            return new BudgetGroup(batch, 0, Money.ZERO, Money.ZERO, Money.ZERO, null, null, 0);
        }

        BudgetGroup plus(BudgetExecutionView.Total t) {
            Money b = budget.plus(t.budget());
            Money r = receivedCash.plus(t.receivedCash());
            Money s = spent.plus(t.spent());
            return new BudgetGroup(batch, platforms + 1, b, r, s, Rates.percent(s, b), Rates.percent(s, r),
                    linesBeyondTolerance + t.linesBeyondTolerance());
        }
    }

    public record ChainGroup(Integer batch, int platforms, Money plannedProvincial, Money allocated, Money cancelled,
                             Money paid, Money arrived, Money unallocated, Money unpaid, Money inTransit,
                             Money recoveryDue, int rewardsNotPaid, Money rewardsUnpaid) {

        static ChainGroup empty(Integer batch) {
            return new ChainGroup(batch, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO);
        }

        ChainGroup plus(ProvincialChainView v) {
            ProvincialChainView.Totals t = v.totals();
            Money unpaidRewards = v.findings().stream().map(ProvincialChainView.Finding::unpaid)
                    .reduce(Money.ZERO, Money::plus);
            return new ChainGroup(batch, platforms + 1, plannedProvincial.plus(t.plannedProvincial()),
                    allocated.plus(t.allocated()), cancelled.plus(t.cancelled()), paid.plus(t.paid()),
                    arrived.plus(t.arrived()), unallocated.plus(t.unallocated()), unpaid.plus(t.unpaid()),
                    inTransit.plus(t.inTransit()), recoveryDue.plus(t.recoveryDue()),
                    rewardsNotPaid + v.findings().size(), rewardsUnpaid.plus(unpaidRewards));
        }
    }

    public record PeriodGroup(Integer batch, int platforms, PeriodFiguresView.Figures figures,
                              List<PeriodFiguresView.Source> bySource) {

        static PeriodGroup empty(Integer batch) {
            return new PeriodGroup(batch, 0, PeriodFiguresView.Figures.NONE, List.of());
        }

        PeriodGroup plus(PeriodFiguresView v) {
            List<PeriodFiguresView.Source> sources = new ArrayList<>();
            for (PeriodFiguresView.Source s : v.bySource()) {
                PeriodFiguresView.Figures before = bySource.stream().filter(o -> o.source() == s.source())
                        .map(PeriodFiguresView.Source::figures).findFirst().orElse(PeriodFiguresView.Figures.NONE);
                sources.add(new PeriodFiguresView.Source(s.source(), s.sourceName(), before.plus(s.figures())));
            }
            return new PeriodGroup(batch, platforms + 1, figures.plus(v.total()), sources);
        }
    }

    /** Groups per batch (in batch order) and the total, each updated by the same function. */
    static final class Grouping<G> {

        private final java.util.function.Function<Integer, G> empty;
        private final Map<Integer, G> byBatch = new TreeMap<>();
        private G total;

        Grouping(java.util.function.Function<Integer, G> empty) {
            this.empty = empty;
            this.total = empty.apply(null);
        }

        void add(Integer batch, UnaryOperator<G> update) {
            int key = batch == null ? 0 : batch;
            byBatch.put(key, update.apply(byBatch.computeIfAbsent(key, k -> empty.apply(batch))));
            total = update.apply(total);
        }

        List<G> byBatch() {
            return List.copyOf(byBatch.values());
        }

        G total() {
            return total;
        }
    }

}
