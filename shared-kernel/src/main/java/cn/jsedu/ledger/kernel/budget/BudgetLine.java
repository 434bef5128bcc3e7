package cn.jsedu.ledger.kernel.budget;

import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;

import java.util.Collection;

/**
 * One line of a platform's budget (预算): what may be spent on one expenditure category in one calendar year. A
 * budget is the set of its lines; a category and year without a line has a budget of zero.
 */
public record BudgetLine(ExpenditureCategory category, int year, Money amount) {

    /** The budget of {@code category} in {@code year}: the sum of its lines (zero if none). */
    public static Money amountOf(Collection<BudgetLine> budget, ExpenditureCategory category, int year) {
        return budget.stream().filter(l -> l.category() == category && l.year() == year)
                .map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The total of every line. */
    public static Money total(Collection<BudgetLine> budget) {
        return budget.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
