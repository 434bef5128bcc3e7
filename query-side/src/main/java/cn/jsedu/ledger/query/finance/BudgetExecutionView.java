package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Budget against actual (预算执行) of one platform, as of {@code asOf}, as known at {@code knownAt}: per category and
 * year, per year, and in total. Rates (执行率) are percentages rounded half-up to 2 places for display: spent ÷ budget
 * and spent ÷ cash received. {@code beyondTolerance} is decided in integers ({@link BudgetTolerance#allows}).
 */
public record BudgetExecutionView(String platformId, LocalDate asOf, Instant knownAt, Integer budgetVersion,
                                  int tolerancePercent, BudgetTolerance.Overrun onOverrun, List<Line> lines,
                                  List<Year> years, Total total) {

    /** One category in one year; a category spent on without a budget line has a budget of zero. */
    public record Line(ExpenditureCategory category, int year, Money budget, Money ceiling, Money spent,
                       Money remaining, BigDecimal spentOfBudget, boolean overBudget, boolean beyondTolerance) {
    }

    public record Year(int year, Money budget, Money receivedCash, Money spent, BigDecimal spentOfBudget,
                       BigDecimal spentOfReceived) {
    }

    public record Total(Money budget, Money receivedCash, Money spent, BigDecimal spentOfBudget,
                        BigDecimal spentOfReceived, int linesBeyondTolerance) {
    }
}
