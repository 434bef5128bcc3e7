package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The series the console draws: a reward raises the plan from its decision on; recoveries are cumulated. */
class PlanVsReceivedTest {

    private static final List<MonthDay> HALF_YEARS = List.of(MonthDay.of(6, 30), MonthDay.of(12, 31));

    private static LedgerLine line(EntryKind kind, String amount, MoneyEffect effect, LocalDate on) {
        return new LedgerLine("e-" + kind + on, "JS-101", 1, "X-" + on, kind, null, FundingSource.PROVINCIAL_FINANCE,
                null, null, null, Money.parse(amount), effect, on, Instant.parse("2026-01-01T00:00:00Z"), "v", null);
    }

    @Test
    void theRewardRaisesThePlanFromItsDecisionAndRecoveriesAreCumulated() {
        Money m = Money.parse("1000.00");
        BalanceQueries.Inputs in = new BalanceQueries.Inputs(
                new PlatformAsKnown("JS-101", 3, PlatformStatus.APPROVED, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                List.of(line(EntryKind.INSTALLMENT, "1000.00", new MoneyEffect(m, Money.ZERO, Money.ZERO, Money.ZERO), LocalDate.of(2021, 3, 1)),
                        line(EntryKind.RECOVERY, "200.00", new MoneyEffect(Money.ZERO, Money.ZERO, Money.ZERO, Money.parse("200.00")), LocalDate.of(2021, 9, 1))),
                List.of(new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2021, m)),
                Money.parse("500.00"), "plan",
                List.of(new PlatformQueries.Decision("D", DecisionType.REWARD, Money.parse("500.00"), "b", "d",
                        LocalDate.of(2021, 8, 1), Instant.parse("2021-08-02T00:00:00Z"), "e")));

        List<PlanVsReceived.HalfYearFigures> points = PlanVsReceived.of(in, LocalDate.of(2022, 1, 10), HALF_YEARS);

        assertThat(points).containsExactly(
                new PlanVsReceived.HalfYearFigures("2021H1", "500.00", "1000.00", "0.00", "0.00", "1000.00"),
                new PlanVsReceived.HalfYearFigures("2021H2", "1500.00", "1000.00", "0.00", "200.00", "800.00"));
    }
}
