package cn.jsedu.ledger.kernel.evaluation;

import java.math.BigInteger;

/**
 * How an objective item turns a measured ratio into points, in integers only: the item earns its weight in proportion
 * to how far {@code numerator / denominator} reaches the target {@code targetNumerator / targetDenominator}, capped at
 * the full weight and rounded down to a hundredth of a point. The ratio is never a float: the score is
 * {@code ⌊weight × 100 × numerator × targetDenominator ÷ (denominator × targetNumerator)⌋} in {@link BigInteger}, so it
 * can neither round early nor overflow, and the target is met exactly iff
 * {@code targetDenominator × numerator ≥ targetNumerator × denominator}.
 *
 * @param targetNumerator    with {@code targetDenominator}, the ratio that earns the full weight (e.g. 1/3)
 * @param nothingToMeasure   the score when the denominator is zero (nothing planned, no report due yet): the full
 *                           weight when nothing was asked of the platform, none when nothing can be judged in its favour
 */
public record ScoringRule(long targetNumerator, long targetDenominator, WhenNothingToMeasure nothingToMeasure) {

    /** What a zero denominator earns. */
    public enum WhenNothingToMeasure {
        FULL, NONE
    }

    public ScoringRule {
        if (targetNumerator <= 0 || targetDenominator <= 0) {
            throw new IllegalArgumentException("a target is a positive numerator/denominator");
        }
        if (nothingToMeasure == null) {
            throw new IllegalArgumentException("nothingToMeasure is required");
        }
    }

    /** The full weight once the ratio reaches {@code n/d}; a zero denominator earns what {@code whenNothing} says. */
    public static ScoringRule reaching(long n, long d, WhenNothingToMeasure whenNothing) {
        return new ScoringRule(n, d, whenNothing);
    }

    /**
     * The centipoints an item of {@code weight} points earns for the ratio {@code numerator / denominator}.
     *
     * @throws IllegalArgumentException if a figure is negative or the weight is not positive
     */
    public int score(int weight, long numerator, long denominator) {
        if (weight <= 0 || numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a weight is positive and a ratio's figures are never negative");
        }
        int full = weight * 100;
        if (denominator == 0) {
            return nothingToMeasure == WhenNothingToMeasure.FULL ? full : 0;
        }
        if (met(numerator, denominator)) {
            return full;
        }
        BigInteger points = BigInteger.valueOf(full).multiply(BigInteger.valueOf(numerator))
                .multiply(BigInteger.valueOf(targetDenominator))
                .divide(BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(targetNumerator)));
        return points.intValueExact();
    }

    /** True iff {@code numerator / denominator} reaches the target, decided by cross-multiplication. */
    public boolean met(long numerator, long denominator) {
        return BigInteger.valueOf(targetDenominator).multiply(BigInteger.valueOf(numerator))
                .compareTo(BigInteger.valueOf(targetNumerator).multiply(BigInteger.valueOf(denominator))) >= 0;
    }
}
