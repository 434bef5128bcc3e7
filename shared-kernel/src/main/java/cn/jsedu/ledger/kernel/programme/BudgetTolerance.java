package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;

import java.math.BigInteger;

/**
 * How far a platform may spend beyond a category's budget of a year (docs/domain.md §9), and what happens beyond:
 * spending {@code s} against a budget {@code b} is within the tolerance iff {@code 100 × s ≤ (100 + percent) × b},
 * decided in exact integers (fen, {@link BigInteger}), so it can neither round nor overflow. Beyond it, an expenditure
 * is refused ({@link Overrun#REFUSE}) or recorded and shown as a finding ({@link Overrun#FLAG}).
 *
 * @param percent   the tolerance in whole percent of the budget, 0 to 100
 * @param onOverrun what the ledger does with spending beyond the tolerance
 */
public record BudgetTolerance(int percent, Overrun onOverrun) {

    /** What the ledger does with an expenditure that takes a category beyond its budget and tolerance. */
    public enum Overrun {
        /** The expenditure (or the correction raising it) is refused with {@code BUDGET_EXCEEDED}. */
        REFUSE,
        /** The expenditure is recorded; the budget views show the category as overspent. */
        FLAG
    }

    public BudgetTolerance {
        if (percent < 0 || percent > 100 || onOverrun == null) {
            throw new IllegalArgumentException("a budget tolerance is 0 to 100 percent, with REFUSE or FLAG");
        }
    }

    /** True iff spending {@code spent} stays within {@code budget} and this tolerance. */
    public boolean allows(Money budget, Money spent) {
        return BigInteger.valueOf(spent.fen()).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(budget.fen()).multiply(BigInteger.valueOf(100L + percent))) <= 0;
    }

    /** The most that may be spent against {@code budget}: ⌊budget × (100 + percent) / 100⌋ fen. */
    public Money ceiling(Money budget) {
        return Money.ofFen(BigInteger.valueOf(budget.fen()).multiply(BigInteger.valueOf(100L + percent))
                .divide(BigInteger.valueOf(100)).longValueExact());
    }
}
