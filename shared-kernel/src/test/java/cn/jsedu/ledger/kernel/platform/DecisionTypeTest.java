package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** What each decision type does to a platform: the only definition of these effects. */
class DecisionTypeTest {

    private static final Money AMOUNT = Money.parse("500000.01");

    @Test
    void aRewardAddsToThePlannedProvincialFundsAReductionTakesAwayOthersChangeNothing() {
        assertThat(DecisionType.REWARD.provincialEffect(AMOUNT)).isEqualTo(Money.parse("500000.01"));
        assertThat(DecisionType.REDUCE_SUPPORT.provincialEffect(AMOUNT)).isEqualTo(Money.ofFen(-50_000_001));
        assertThat(DecisionType.WITHDRAW_KEY_SUPPORT.provincialEffect(null)).isEqualTo(Money.ZERO);
        assertThat(DecisionType.ADJUST.provincialEffect(null)).isEqualTo(Money.ZERO);
        assertThat(DecisionType.TERMINATE.provincialEffect(null)).isEqualTo(Money.ZERO);
    }

    @Test
    void exactlyTheTypesWithAProvincialEffectCarryAnAmount() {
        for (DecisionType type : DecisionType.values()) {
            assertThat(type.requiresAmount()).as(type.name())
                    .isEqualTo(!type.provincialEffect(type.requiresAmount() ? AMOUNT : null).isZero());
        }
    }

    @Test
    void onlyWithdrawingKeySupportEndsItAndOnlyTerminationTerminates() {
        assertThat(Arrays.stream(DecisionType.values()).filter(DecisionType::endsKeySupport))
                .containsExactly(DecisionType.WITHDRAW_KEY_SUPPORT);
        assertThat(Arrays.stream(DecisionType.values()).filter(DecisionType::terminates))
                .containsExactly(DecisionType.TERMINATE);
    }
}
