package cn.jsedu.ledger.kernel.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The enterprise share rule: met iff 3 × enterprise ≥ total, in exact integers (docs/domain.md §2). */
class ShareProperties {

    private static final Share THIRD = Share.ONE_THIRD;

    @Test
    void boundaryExamplesOfTheDomain() {
        assertThat(THIRD.isMetBy(Money.parse("10000000.00"), Money.parse("30000000.00"))).isTrue();
        assertThat(THIRD.isMetBy(Money.parse("9999999.99"), Money.parse("30000000.00"))).isFalse();
        assertThat(THIRD.isMetBy(Money.parse("10000000.00"), Money.parse("30000000.01"))).isFalse();
        assertThat(THIRD.isMetBy(Money.parse("10000000.01"), Money.parse("30000000.01"))).isTrue();
    }

    @Property
    void agreesWithThreeTimesEnterpriseAtLeastTotal(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long enterprise,
                                                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long total) {
        boolean exact = BigInteger.valueOf(3).multiply(BigInteger.valueOf(enterprise))
                .compareTo(BigInteger.valueOf(total)) >= 0;
        assertThat(THIRD.isMetBy(enterprise, total)).isEqualTo(exact);
    }

    @Property
    void theSmallestMeetingEnterpriseAmountIsTheCeilingOfAThird(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 4) long total) {
        long ceilingThird = (total + 2) / 3;
        assertThat(THIRD.isMetBy(ceilingThird, total)).isTrue();
        assertThat(THIRD.isMetBy(ceilingThird - 1, total)).isFalse();
    }

    @Property
    void displayPercentIsHalfUpOfTheExactRatio(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long part,
                                               @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long whole) {
        BigDecimal expected = new BigDecimal(part).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(whole), 2, java.math.RoundingMode.HALF_UP);
        assertThat(Share.percent(part, whole)).isEqualTo(expected);
    }

    @Test
    void percentRoundsHalfUpForDisplay() {
        assertThat(Share.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(Share.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(Share.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(Share.percent(1, 0)).isNull();
    }

    @Test
    void parsesAndValidatesFractions() {
        assertThat(Share.parse("1/3")).isEqualTo(Share.ONE_THIRD);
        assertThatThrownBy(() -> Share.parse("1:3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
