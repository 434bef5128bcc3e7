package cn.jsedu.ledger.kernel.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyProperties {

    @Property
    void printingThenParsingGivesTheSameAmount(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_99L) long fen) {
        Money money = Money.ofFen(fen);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Property
    void textIsTheExactDecimalValue(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_99L) long fen) {
        assertThat(new BigDecimal(Money.ofFen(fen).toString())).isEqualTo(BigDecimal.valueOf(fen, 2));
    }

    @Property
    void additionAgreesWithExactDecimalArithmetic(@ForAll @LongRange(min = -1_000_000_000_000_00L, max = 1_000_000_000_000_00L) long a,
                                                  @ForAll @LongRange(min = -1_000_000_000_000_00L, max = 1_000_000_000_000_00L) long b) {
        BigDecimal exact = BigDecimal.valueOf(a, 2).add(BigDecimal.valueOf(b, 2));
        assertThat(Money.ofFen(a).plus(Money.ofFen(b)).toBigDecimal()).isEqualTo(exact);
        assertThat(Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b))).isEqualTo(Money.ofFen(a));
    }

    @Property
    void aThirdDigitIsNeverAccepted(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
                                    @ForAll @LongRange(min = 1, max = 9) long extraDigit) {
        String text = Money.ofFen(fen).toString() + extraDigit;
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Money.parse(text)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
