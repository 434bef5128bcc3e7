package cn.jsedu.ledger.kernel.evaluation;

import cn.jsedu.ledger.kernel.evaluation.ScoringRule.WhenNothingToMeasure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringRuleTest {

    private final ScoringRule third = ScoringRule.reaching(1, 3, WhenNothingToMeasure.NONE);

    @Test
    void aRatioReachingTheTargetEarnsTheFullWeightAndOneFenShortDoesNot() {
        assertThat(third.score(8, 10_000_000_00L, 30_000_000_00L)).isEqualTo(800);
        assertThat(third.met(9_999_999_99L, 30_000_000_00L)).isFalse();
        assertThat(third.score(8, 9_999_999_99L, 30_000_000_00L)).as("rounded down, never up to full").isEqualTo(799);
        assertThat(third.met(10_000_000_00L, 30_000_000_01L)).isFalse();
        assertThat(third.met(10_000_000_01L, 30_000_000_01L)).isTrue();
    }

    @Test
    void aRatioBelowTheTargetEarnsItsProportionRoundedDownToACentipoint() {
        // 1/6 is half of 1/3: half of 8 points
        assertThat(third.score(8, 1, 6)).isEqualTo(400);
        // 1/9 is a third of 1/3: 266.66… centipoints, rounded down
        assertThat(third.score(8, 1, 9)).isEqualTo(266);
        assertThat(third.score(8, 0, 9)).isZero();
    }

    @Test
    void aRatioBeyondTheTargetIsCappedAtTheWeight() {
        assertThat(third.score(8, 9, 9)).isEqualTo(800);
        assertThat(ScoringRule.reaching(4, 5, WhenNothingToMeasure.NONE).score(8, 5, 5)).isEqualTo(800);
    }

    @Test
    void nothingToMeasureEarnsWhatTheRuleSays() {
        assertThat(third.score(8, 0, 0)).isZero();
        assertThat(ScoringRule.reaching(1, 1, WhenNothingToMeasure.FULL).score(5, 0, 0)).isEqualTo(500);
    }

    @Test
    void theLargestAmountsNeitherOverflowNorRound() {
        long max = 10_000_000_000_00L * 1_000;
        assertThat(third.score(100, max / 3, max)).isEqualTo(9_999);
        assertThat(third.score(100, max, max)).isEqualTo(10_000);
    }

    @Test
    void refusesNegativeFiguresAndEmptyTargets() {
        assertThatThrownBy(() -> third.score(8, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> third.score(0, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringRule.reaching(0, 3, WhenNothingToMeasure.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
