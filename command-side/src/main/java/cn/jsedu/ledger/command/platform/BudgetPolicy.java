package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.MoneyLimits;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.kernel.programme.DateWindow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a platform's budget (docs/domain.md §9): well formed, and spending within it and its tolerance. */
final class BudgetPolicy {

    private BudgetPolicy() {
    }

    /**
     * Every line has a recordable amount, a year of the platform's money window and a category/year of its own.
     *
     * @param years the platform's entry window: a budget year lies between its first and last day's years
     */
    static void requireWellFormed(List<BudgetLine> budget, DateWindow years) {
        if (budget.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.INVALID_BUDGET, "budget", "the budget has no lines");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < budget.size(); i++) {
            BudgetLine line = budget.get(i);
            String at = "budget[" + i + "]";
            if (line.category() == null) {
                throw new LedgerRuleException(ErrorCode.INVALID_BUDGET, at + ".category", "a budget line names a category");
            }
            if (line.amount() == null || !MoneyLimits.isRecordable(line.amount())) {
                throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, at + ".amount",
                        "a budgeted amount must be > 0 and ≤ " + MoneyLimits.MAX_RECORDED_AMOUNT);
            }
            if (line.year() < years.from().getYear() || line.year() > years.until().getYear()) {
                throw new LedgerRuleException(ErrorCode.INVALID_BUDGET, at + ".year", "a budget year lies from "
                        + years.from().getYear() + " to " + years.until().getYear() + " (" + years.what() + ")");
            }
            if (!seen.add(line.category() + "/" + line.year())) {
                throw new LedgerRuleException(ErrorCode.INVALID_BUDGET, at,
                        "the budget has two lines for " + line.category() + " in " + line.year());
            }
        }
    }

    /**
     * Spending {@code change} more on {@code category} in {@code year} keeps it within the budget and tolerance; with
     * no budget declared, or a tolerance that only flags, anything passes (the budget views show the overrun).
     */
    static void requireWithin(Budget budget, CategorySpending spending, ExpenditureCategory category, int year,
                              Money change, BudgetTolerance tolerance, String field) {
        if (budget == null || !change.isPositive() || tolerance.onOverrun() == BudgetTolerance.Overrun.FLAG) {
            return;
        }
        Money budgeted = budget.of(category, year);
        Money after = spending.spentOn(category, year).plus(change);
        if (!tolerance.allows(budgeted, after)) {
            throw new LedgerRuleException(ErrorCode.BUDGET_EXCEEDED, field, "spending on " + category + " in " + year
                    + " would reach " + after + ", beyond its budget " + budgeted + " and the tolerance of "
                    + tolerance.percent() + "% (at most " + tolerance.ceiling(budgeted) + ")");
        }
    }
}
