package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceQueriesTest {

    private static PlatformQueries.Decision decision(DecisionType type, String amount) {
        return new PlatformQueries.Decision("D", type, amount == null ? null : Money.parse(amount), "b", "d",
                LocalDate.of(2022, 6, 1), Instant.parse("2022-06-01T00:00:00Z"), "e");
    }

    @Test
    void theProvincialAdjustmentIsTheSumOfTheDecisionsEffects() {
        assertThat(BalanceQueries.adjustment(List.of(decision(DecisionType.REWARD, "500.00"),
                decision(DecisionType.REDUCE_SUPPORT, "120.50"), decision(DecisionType.TERMINATE, null),
                decision(DecisionType.WITHDRAW_KEY_SUPPORT, null)))).isEqualTo(Money.parse("379.50"));
        assertThat(BalanceQueries.adjustment(List.of())).isEqualTo(Money.ZERO);
    }
}
