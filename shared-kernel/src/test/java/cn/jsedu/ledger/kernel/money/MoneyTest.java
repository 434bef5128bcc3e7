package cn.jsedu.ledger.kernel.money;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0.5,50", "0.05,5", "1,100", "1500000.00,150000000", "30000000.01,3000000001",
            "10000000000.00,1000000000000"})
    void parsesDecimalStringsToFen(String text, long fen) {
        assertThat(Money.parse(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+1", "1.234", "1e30", "1E3", "NaN", "Infinity", "", " 1", "1 ", "01", "1.",
            ".5", "1,000.00", "0x10", "１", "12345678901234567.00"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsTwoFractionDigits() {
        assertThat(Money.ofFen(150000000).toString()).isEqualTo("1500000.00");
        assertThat(Money.ofFen(5).toString()).isEqualTo("0.05");
        assertThat(Money.ofFen(-5).toString()).isEqualTo("-0.05");
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
    }

    @Test
    void arithmeticOverflowThrowsInsteadOfWrapping() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsToAndFromNumericScaleTwo() {
        assertThat(Money.ofFen(123).toBigDecimal()).isEqualByComparingTo("1.23");
        assertThat(Money.ofFen(123).toBigDecimal().scale()).isEqualTo(2);
        assertThat(Money.of(new BigDecimal("1.20"))).isEqualTo(Money.ofFen(120));
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.205"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void limitsOfOneRecordedAmount() {
        assertThat(MoneyLimits.isRecordable(Money.ofFen(1))).isTrue();
        assertThat(MoneyLimits.isRecordable(Money.parse("10000000000.00"))).isTrue();
        assertThat(MoneyLimits.isRecordable(Money.parse("10000000000.01"))).isFalse();
        assertThat(MoneyLimits.isRecordable(Money.ZERO)).isFalse();
        assertThat(MoneyLimits.isRecordable(Money.ofFen(-1))).isFalse();
        assertThat(MoneyLimits.isRecordable(null)).isFalse();
        assertThat(MoneyLimits.isCorrectable(Money.ZERO)).isTrue();
        assertThat(MoneyLimits.isCorrectable(Money.ofFen(-1))).isFalse();
        assertThat(MoneyLimits.isCorrectable(Money.parse("10000000000.01"))).isFalse();
    }
}
