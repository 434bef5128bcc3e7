package cn.jsedu.ledger.kernel.readiness;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold from events to confirmation states: an answer holds for the amount it spoke of, and only for that. */
class ContributionConfirmationsTest {

    private static final LocalDate ON = LocalDate.of(2021, 5, 1);

    private static ContributionConfirmations recorded() {
        return ContributionConfirmations.NONE.recorded(new EnterpriseContributionRecordedEvent("P", "C1", "E1",
                ContributionForm.CASH, Money.parse("100.00"), ON, "V", null), "ev-1");
    }

    private static AdjustmentRecordedEvent corrected(String from, String to) {
        return new AdjustmentRecordedEvent("P", "K1", "C1", EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE,
                "E1", ContributionForm.CASH, ON, Money.parse(from), Money.parse(to), "录入错误");
    }

    @Test
    void aContributionIsUnconfirmedUntilItsEnterpriseAnswers() {
        assertThat(recorded().find("C1").orElseThrow().state()).isEqualTo(State.UNCONFIRMED);
        ContributionConfirmations confirmed = recorded().confirmed(
                new ContributionConfirmedEvent("P", "C1", "E1", "code", Money.parse("100.00")), "ev-2");
        assertThat(confirmed.find("C1").orElseThrow().state()).isEqualTo(State.CONFIRMED);
        assertThat(confirmed.find("C1").orElseThrow().eventIds()).containsExactly("ev-1", "ev-2");
    }

    @Test
    void aCorrectionAsksAgainAndADisputeKeepsItsReason() {
        ContributionConfirmations c = recorded().confirmed(
                new ContributionConfirmedEvent("P", "C1", "E1", "code", Money.parse("100.00")), "ev-2")
                .corrected(corrected("100.00", "90.00"));
        assertThat(c.find("C1").orElseThrow().state()).isEqualTo(State.UNCONFIRMED);
        ContributionConfirmations disputed = c.disputed(
                new ContributionDisputedEvent("P", "C1", "E1", "code", Money.parse("90.00"), "只到位 80"), "ev-3");
        assertThat(disputed.find("C1").orElseThrow().state()).isEqualTo(State.DISPUTED);
        assertThat(disputed.find("C1").orElseThrow().reason()).isEqualTo("只到位 80");
    }

    @Test
    void aVoidedOrLaterContributionIsNotInForce() {
        assertThat(recorded().inForceBy(ON.minusDays(1))).isEmpty();
        assertThat(recorded().inForceBy(ON)).hasSize(1);
        assertThat(recorded().corrected(corrected("100.00", "0.00")).inForceBy(ON)).isEmpty();
        assertThat(recorded().corrected(new AdjustmentRecordedEvent("P", "K1", "C1", EntryKind.INSTALLMENT,
                FundingSource.COLLEGE, null, ContributionForm.CASH, ON, Money.parse("100.00"), Money.parse("0.00"), "x"))
                .inForceBy(ON)).as("only corrections of contributions").hasSize(1);
    }
}
