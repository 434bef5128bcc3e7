package cn.jsedu.ledger.kernel.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An exact amount of CNY in fen (1 yuan = 100 fen). Never a float.
 *
 * <p>Amounts may be negative inside calculations (a correction delta, a shortfall); the limits on a single
 * recorded amount live in {@link MoneyLimits}. All arithmetic is overflow-checked: an overflow throws
 * {@link ArithmeticException} instead of wrapping silently.
 *
 * <p>The text form is a plain decimal string with exactly two fractional digits: {@code "1500000.00"}.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Digits, optional fraction of one or two digits; no sign, no exponent, no leading zeros. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a non-negative decimal string with at most two fractional digits.
     *
     * @throws IllegalArgumentException for anything else: signs, exponents, {@code NaN}, more than two
     *                                  decimals, blanks, or more than 16 integer digits
     */
    public static Money parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "must be a decimal string with at most 2 fractional digits, e.g. \"1500000.00\"");
        }
        int dot = text.indexOf('.');
        String yuan = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        long fenPart = fraction.isEmpty() ? 0 : Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        return new Money(Math.addExact(Math.multiplyExact(Long.parseLong(yuan), 100L), fenPart));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public static Money max(Money a, Money b) {
        return a.fen >= b.fen ? a : b;
    }

    public static Money min(Money a, Money b) {
        return a.fen <= b.fen ? a : b;
    }

    /** Exact decimal value in yuan with scale 2, for NUMERIC(19,2) columns. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** The inverse of {@link #toBigDecimal()}; refuses values with more than two fractional digits. */
    public static Money of(BigDecimal yuan) {
        return new Money(yuan.movePointRight(2).longValueExact());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** The decimal string, e.g. {@code "1500000.00"} or {@code "-0.05"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
