package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Budget against actual, folded from the budget known at a time and the platform's ledger lines: spending per
 * category and calendar year of the effective date, corrections at their original entry's date and category (the
 * same attribution as the command side's {@code CategorySpending}).
 */
public final class BudgetExecution {

    private BudgetExecution() {
    }

    public static BudgetExecutionView of(String platformId, Optional<FinanceRepository.Budget> budget,
                                         List<LedgerLine> lines, LocalDate asOf, Instant knownAt,
                                         BudgetTolerance tolerance) {
        Map<String, ExpenditureCategory> categoryOf = new HashMap<>();
        for (LedgerLine l : lines) {
            if (l.kind() == EntryKind.EXPENDITURE) {
                categoryOf.put(l.entryId(), l.category());
            }
        }
        // key: category, then year
        Map<ExpenditureCategory, Map<Integer, Money>> spent = new TreeMap<>();
        Map<Integer, Money> receivedByYear = new TreeMap<>();
        Map<Integer, Money> spentByYear = new TreeMap<>();
        for (LedgerLine l : lines) {
            if (!l.counts(asOf, knownAt)) {
                continue;
            }
            int year = l.effectiveDate().getYear();
            if (!l.receivedCash().isZero()) {
                receivedByYear.merge(year, l.receivedCash(), Money::plus);
            }
            ExpenditureCategory category = l.kind() == EntryKind.EXPENDITURE ? l.category()
                    : l.kind() == EntryKind.ADJUSTMENT ? categoryOf.get(l.originalEntryId()) : null;
            if (category != null && !l.spent().isZero()) {
                spent.computeIfAbsent(category, c -> new TreeMap<>()).merge(year, l.spent(), Money::plus);
                spentByYear.merge(year, l.spent(), Money::plus);
            }
        }
        List<BudgetLine> budgetLines = budget.map(FinanceRepository.Budget::lines).orElse(List.of());
        Map<ExpenditureCategory, Map<Integer, Money>> budgeted = new TreeMap<>();
        Map<Integer, Money> budgetByYear = new TreeMap<>();
        for (BudgetLine b : budgetLines) {
            budgeted.computeIfAbsent(b.category(), c -> new TreeMap<>()).merge(b.year(), b.amount(), Money::plus);
            budgetByYear.merge(b.year(), b.amount(), Money::plus);
        }
        List<BudgetExecutionView.Line> rows = new ArrayList<>();
        int beyond = 0;
        for (ExpenditureCategory category : ExpenditureCategory.values()) {
            TreeMap<Integer, Money> years = new TreeMap<>(budgeted.getOrDefault(category, Map.of()));
            spent.getOrDefault(category, Map.of()).keySet().forEach(y -> years.putIfAbsent(y, Money.ZERO));
            for (Map.Entry<Integer, Money> e : years.entrySet()) {
                Money b = e.getValue();
                Money s = spent.getOrDefault(category, Map.of()).getOrDefault(e.getKey(), Money.ZERO);
                // without a declared budget there is nothing to be beyond
                boolean beyondTolerance = budget.isPresent() && !tolerance.allows(b, s);
                if (beyondTolerance) {
                    beyond++;
                }
                rows.add(new BudgetExecutionView.Line(category, e.getKey(), b, tolerance.ceiling(b), s, b.minus(s),
                        Rates.percent(s, b), budget.isPresent() && s.isGreaterThan(b), beyondTolerance));
            }
        }
        TreeMap<Integer, Boolean> allYears = new TreeMap<>();
        budgetByYear.keySet().forEach(y -> allYears.put(y, true));
        receivedByYear.keySet().forEach(y -> allYears.put(y, true));
        spentByYear.keySet().forEach(y -> allYears.put(y, true));
        List<BudgetExecutionView.Year> years = new ArrayList<>();
        for (int y : allYears.keySet()) {
            Money b = budgetByYear.getOrDefault(y, Money.ZERO);
            Money r = receivedByYear.getOrDefault(y, Money.ZERO);
            Money s = spentByYear.getOrDefault(y, Money.ZERO);
            years.add(new BudgetExecutionView.Year(y, b, r, s, Rates.percent(s, b), Rates.percent(s, r)));
        }
        Money totalBudget = BudgetLine.total(budgetLines);
        Money totalReceived = sum(receivedByYear);
        Money totalSpent = sum(spentByYear);
        return new BudgetExecutionView(platformId, asOf, knownAt,
                budget.map(FinanceRepository.Budget::version).orElse(null), tolerance.percent(), tolerance.onOverrun(),
                rows, years, new BudgetExecutionView.Total(totalBudget, totalReceived, totalSpent,
                Rates.percent(totalSpent, totalBudget), Rates.percent(totalSpent, totalReceived), beyond));
    }

    private static Money sum(Map<Integer, Money> byYear) {
        return byYear.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
