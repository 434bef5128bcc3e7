package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.MoneyLimits;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget tolerance decided in exact integers: at the ceiling allowed, one fen more not, and no overflow. */
class BudgetToleranceTest {

    private static final BudgetTolerance TEN = new BudgetTolerance(10, BudgetTolerance.Overrun.REFUSE);

    @Test
    void allowsUpToTheCeilingAndNotOneFenMore() {
        Money budget = Money.parse("1000000.00");
        assertThat(TEN.ceiling(budget)).isEqualTo(Money.parse("1100000.00"));
        assertThat(TEN.allows(budget, Money.parse("1100000.00"))).isTrue();
        assertThat(TEN.allows(budget, Money.parse("1100000.01"))).isFalse();
        // 0.03 × 1.1 = 0.033: the ceiling rounds down to the fen, and 0.04 is beyond
        assertThat(TEN.ceiling(Money.parse("0.03"))).isEqualTo(Money.parse("0.03"));
        assertThat(TEN.allows(Money.parse("0.03"), Money.parse("0.04"))).isFalse();
        // a budget of zero allows nothing but zero
        assertThat(TEN.allows(Money.ZERO, Money.ZERO)).isTrue();
        assertThat(TEN.allows(Money.ZERO, Money.parse("0.01"))).isFalse();
        assertThat(new BudgetTolerance(0, BudgetTolerance.Overrun.FLAG).allows(budget, budget)).isTrue();
    }

    @Test
    void refusesAToleranceOutOfRange() {
        assertThatThrownBy(() -> new BudgetTolerance(-1, BudgetTolerance.Overrun.REFUSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetTolerance(101, BudgetTolerance.Overrun.REFUSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetTolerance(5, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theCeilingIsTheLargestAmountAllowed(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long budgetFen,
                                             @ForAll @IntRange(min = 0, max = 100) int percent) {
        BudgetTolerance tolerance = new BudgetTolerance(percent, BudgetTolerance.Overrun.REFUSE);
        Money budget = Money.ofFen(budgetFen);
        Money ceiling = tolerance.ceiling(budget);
        assertThat(tolerance.allows(budget, ceiling)).isTrue();
        assertThat(tolerance.allows(budget, ceiling.plus(Money.ofFen(1)))).isFalse();
    }

    @Test
    void noOverflowAtTheLargestAmounts() {
        BudgetTolerance all = new BudgetTolerance(100, BudgetTolerance.Overrun.REFUSE);
        Money max = Money.ofFen(Long.MAX_VALUE / 2);
        assertThat(all.ceiling(max)).isEqualTo(Money.ofFen(Long.MAX_VALUE / 2 * 2));
        assertThat(all.allows(MoneyLimits.MAX_RECORDED_AMOUNT, Money.ofFen(Long.MAX_VALUE))).isFalse();
    }
}
