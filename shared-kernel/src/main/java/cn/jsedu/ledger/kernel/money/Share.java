package cn.jsedu.ledger.kernel.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A minimum share such as "at least one third", decided in exact integers.
 *
 * <p>{@code part / whole ≥ numerator / denominator} is decided as
 * {@code denominator × part ≥ numerator × whole} in {@link BigInteger}, so it can neither round nor overflow.
 * For the enterprise share (1/3) that is the plan's {@code 3 × enterprise ≥ total}.
 */
public record Share(long numerator, long denominator) {

    public static final Share ONE_THIRD = new Share(1, 3);

    public Share {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share is numerator/denominator with 0 ≤ numerator ≤ denominator");
        }
    }

    /** Parses "1/3". */
    public static Share parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a share is written numerator/denominator, e.g. 1/3");
        }
        return new Share(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
    }

    /** True iff {@code part} is at least this share of {@code whole}. A zero whole is met trivially. */
    public boolean isMetBy(long part, long whole) {
        return BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(part))
                .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(whole))) >= 0;
    }

    public boolean isMetBy(Money part, Money whole) {
        return isMetBy(part.fen(), whole.fen());
    }

    /**
     * {@code part / whole} as a percentage rounded half-up to two decimals, for display only; null when the
     * whole is zero. Never use the result to decide a rule: use {@link #isMetBy}.
     */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
