package cn.jsedu.ledger.kernel.evaluation;

import java.util.Objects;

/**
 * One grade band of a scheme: a total of at least {@code minimumCentipoints} (hundredths of a point, so 90 points is
 * 9000) earns {@code grade}, unless a better band also holds.
 */
public record GradeBand(Grade grade, int minimumCentipoints) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        if (minimumCentipoints < 0 || minimumCentipoints > EvaluationScheme.TOTAL_CENTIPOINTS) {
            throw new IllegalArgumentException("a band's minimum lies in 0..10000 centipoints");
        }
    }
}
