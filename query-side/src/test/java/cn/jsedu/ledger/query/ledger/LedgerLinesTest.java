package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Events to ledger lines to balances: the arithmetic every money figure of the query side comes from. */
class LedgerLinesTest {

    private static final LocalDate APRIL = LocalDate.of(2020, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2020, 5, 1);
    private static final Instant T1 = Instant.parse("2020-05-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2020-06-10T00:00:00Z");

    private static Money m(String s) {
        return Money.parse(s);
    }

    private static LedgerLine line(Object event, String id, Instant at) {
        return LedgerLines.of(event, id, 0, at).orElseThrow();
    }

    private final List<LedgerLine> lines = new ArrayList<>(List.of(
            line(new InstallmentRecordedEvent("P", "I1", PROVINCIAL_FINANCE, null, ContributionForm.CASH, m("1000.00"), APRIL, "v", null), "e1", T1),
            line(new EnterpriseContributionRecordedEvent("P", "C1", "E1", ContributionForm.EQUIPMENT, m("500.00"), APRIL, "v", "a"), "e2", T1),
            line(new EnterpriseContributionRecordedEvent("P", "C2", "E2", ContributionForm.CASH, m("300.00"), MAY, "v", null), "e3", T1),
            line(new ExpenditureRecordedEvent("P", "X1", ExpenditureCategory.OTHER, PROVINCIAL_FINANCE, null, m("400.00"), MAY, "v"), "e4", T1),
            line(new RecoveryRecordedEvent("P", "R1", PROVINCIAL_FINANCE, m("100.00"), MAY, "r", "d"), "e5", T1),
            line(new AdjustmentRecordedEvent("P", "K1", "I1", EntryKind.INSTALLMENT, PROVINCIAL_FINANCE, null,
                    ContributionForm.CASH, APRIL, m("1000.00"), m("900.00"), "fix"), "e6", T2)));

    @Test
    void otherEventsAreNoLedgerLines() {
        assertThat(LedgerLines.of(new PlatformRejectedEvent("P", "r", "d"), "x", 0, T1)).isEmpty();
    }

    @Test
    void aCorrectionIsALineAtTheOriginalDateCarryingTheChange() {
        LedgerLine correction = lines.get(5);
        assertThat(correction.effectiveDate()).isEqualTo(APRIL);
        assertThat(correction.receivedCash()).isEqualTo(Money.ofFen(-10000));
        assertThat(correction.kind()).isEqualTo(EntryKind.ADJUSTMENT);
    }

    @Test
    void balancesNowAsOfADateAndAsKnownAtATime() {
        List<PlanLine> plan = List.of(new PlanLine(PROVINCIAL_FINANCE, null, 2020, m("2000.00")),
                new PlanLine(ENTERPRISE, "E1", 2020, m("1000.00")));
        Balances now = Balances.of(lines, plan, m("50.00"), null, null);
        Figures provincial = now.of(PROVINCIAL_FINANCE);
        assertThat(provincial.planned()).isEqualTo(m("2050.00"));
        assertThat(provincial.receivedCash()).isEqualTo(m("900.00"));
        assertThat(provincial.cashBalance()).isEqualTo(m("400.00"));
        assertThat(provincial.netReceived()).isEqualTo(m("800.00"));
        assertThat(now.of(ENTERPRISE).received()).isEqualTo(m("800.00"));
        assertThat(now.of(ENTERPRISE).cashBalance()).isEqualTo(m("300.00"));
        assertThat(now.byEnterpriseParty().get("E1").receivedNonCash()).isEqualTo(m("500.00"));
        assertThat(now.byEnterpriseParty().get("E1").planned()).isEqualTo(m("1000.00"));

        Balances april = Balances.of(lines, plan, Money.ZERO, APRIL, null);
        assertThat(april.of(PROVINCIAL_FINANCE).receivedCash()).isEqualTo(m("900.00"));
        assertThat(april.of(ENTERPRISE).received()).isEqualTo(m("500.00"));

        Balances knownBeforeCorrection = Balances.of(lines, plan, Money.ZERO, APRIL, T1);
        assertThat(knownBeforeCorrection.of(PROVINCIAL_FINANCE).receivedCash()).isEqualTo(m("1000.00"));
    }
}
