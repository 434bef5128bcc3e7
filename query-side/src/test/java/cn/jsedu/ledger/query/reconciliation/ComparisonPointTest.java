package cn.jsedu.ledger.query.reconciliation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lag is told from disagreement by the processor's token: behind the head is lag, behind the token is not. */
class ComparisonPointTest {

    @ParameterizedTest(name = "read model {0}, store head {1}, applied {2} → {4} at {3}")
    @CsvSource({
            // caught up
            " 7,  7,  7,  7, CURRENT",
            // the processor has not passed the last events yet: compared at what the read model applied
            " 5,  7,  5,  5, LAGGING",
            " 5,  7,  3,  5, LAGGING",
            // a segment ahead of the slowest one applied more than the slowest token shows: still fine
            " 6,  7,  5,  6, LAGGING",
            " 7,  7,  5,  7, CURRENT",
            // a new platform the processor has not reached: no row yet, nothing to compare
            "-1,  2, -1, -1, LAGGING",
            // the processor passed events the read model does not have (skipped, tail removed, version set back)
            " 5,  7,  7,  7, MISSES_APPLIED_EVENTS",
            " 5,  7,  6,  6, MISSES_APPLIED_EVENTS",
            // a platform row deleted while its events were applied
            "-1,  4,  4,  4, MISSES_APPLIED_EVENTS",
            // a read model ahead of the store, or a row with no events at all
            " 9,  7,  7,  7, AHEAD_OF_STORE",
            " 3, -1, -1, -1, AHEAD_OF_STORE"})
    void theVerdictAndWhereToCompare(long readVersion, long head, long applied, long at, ComparisonPoint.Verdict verdict) {
        ComparisonPoint point = ComparisonPoint.of(readVersion, head, applied);
        assertThat(point.verdict()).isEqualTo(verdict);
        assertThat(point.at()).isEqualTo(at);
        assertThat(point.verdict().disagrees())
                .isEqualTo(verdict == ComparisonPoint.Verdict.MISSES_APPLIED_EVENTS
                        || verdict == ComparisonPoint.Verdict.AHEAD_OF_STORE);
    }

    @ParameterizedTest
    @CsvSource({"5, 7, 8", "-1, -1, 0"})
    void anAppliedVersionBeyondTheHeadIsImpossible(long readVersion, long head, long applied) {
        assertThatThrownBy(() -> ComparisonPoint.of(readVersion, head, applied))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
