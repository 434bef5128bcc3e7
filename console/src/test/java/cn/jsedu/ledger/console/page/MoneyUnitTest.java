package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyUnitTest {

    @Test
    void yuanIsExactWithSeparators() {
        assertThat(MoneyUnit.YUAN.format(Money.parse("30000000.05"))).isEqualTo("30,000,000.05");
        assertThat(MoneyUnit.YUAN.format(Money.ZERO)).isEqualTo("0.00");
        assertThat(MoneyUnit.YUAN.format(Money.ofFen(-150_000))).isEqualTo("-1,500.00");
        // the largest amount a long holds, where a double would already have lost the last fen
        assertThat(MoneyUnit.YUAN.format(Money.ofFen(Long.MAX_VALUE))).isEqualTo("92,233,720,368,547,758.07");
    }

    @Test
    void tenThousandsRoundHalfUpAtOneHundredYuan() {
        assertThat(MoneyUnit.WAN.format(Money.parse("30500000.00"))).isEqualTo("3,050.00");
        assertThat(MoneyUnit.WAN.format(Money.parse("14949.99"))).isEqualTo("1.49");
        assertThat(MoneyUnit.WAN.format(Money.parse("14950.00"))).isEqualTo("1.50");
        assertThat(MoneyUnit.WAN.format(Money.parse("49.99"))).isEqualTo("0.00");
        assertThat(MoneyUnit.WAN.format(Money.parse("50.00"))).isEqualTo("0.01");
        assertThat(MoneyUnit.WAN.format(Money.ofFen(-5_000))).as("half away from zero").isEqualTo("-0.01");
        assertThat(MoneyUnit.WAN.format(Money.ofFen(-4_999))).as("no negative zero").isEqualTo("0.00");
        assertThat(MoneyUnit.WAN.format(Money.ofFen(Long.MAX_VALUE))).isEqualTo("9,223,372,036,854.78");
        assertThatThrownBy(() -> MoneyUnit.WAN.format(Money.ofFen(Long.MIN_VALUE))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theParameterChoosesTheUnitAnd10kYuanIsTheDefault() {
        assertThat(MoneyUnit.of("yuan")).isEqualTo(MoneyUnit.YUAN);
        assertThat(MoneyUnit.of(null)).isEqualTo(MoneyUnit.WAN);
        assertThat(MoneyUnit.of("<script>")).isEqualTo(MoneyUnit.WAN);
    }
}
