package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.jsedu.ledger.kernel.fund.FundingSource.ENTERPRISE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every money event describes itself as an entry, and its effect is the entry kind's. */
class MoneyEffectsOfEventsTest {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 1);
    private static final Money A = Money.parse("100.00");
    private static final Money Z = Money.ZERO;

    @Test
    void eachMoneyEventIsAnEntryOfItsKindSourcePartyAndForm() {
        MoneyEntryEvent installment = new InstallmentRecordedEvent("P", "I", PROVINCIAL_FINANCE, null, ContributionForm.CASH, A, DAY, "v", null);
        MoneyEntryEvent contribution = new EnterpriseContributionRecordedEvent("P", "C", "E1", ContributionForm.EQUIPMENT, A, DAY, "v", "a");
        MoneyEntryEvent expenditure = new ExpenditureRecordedEvent("P", "X", ExpenditureCategory.OTHER, FundingSource.COLLEGE, null, A, DAY, "v");
        MoneyEntryEvent recovery = new RecoveryRecordedEvent("P", "R", PROVINCIAL_FINANCE, A, DAY, "r", "d");

        assertThat(installment.kind()).isEqualTo(EntryKind.INSTALLMENT);
        assertThat(installment.effect()).isEqualTo(new MoneyEffect(A, Z, Z, Z));
        assertThat(contribution.kind()).isEqualTo(EntryKind.ENTERPRISE_CONTRIBUTION);
        assertThat(contribution.source()).isEqualTo(ENTERPRISE);
        assertThat(contribution.partyId()).isEqualTo("E1");
        assertThat(contribution.effect()).isEqualTo(new MoneyEffect(Z, A, Z, Z));
        assertThat(expenditure.kind()).isEqualTo(EntryKind.EXPENDITURE);
        assertThat(expenditure.source()).isEqualTo(FundingSource.COLLEGE);
        assertThat(expenditure.form()).isEqualTo(ContributionForm.CASH);
        assertThat(expenditure.effect()).isEqualTo(new MoneyEffect(Z, Z, A, Z));
        assertThat(recovery.kind()).isEqualTo(EntryKind.RECOVERY);
        assertThat(recovery.partyId()).isNull();
        assertThat(recovery.effect()).isEqualTo(new MoneyEffect(Z, Z, Z, A));
    }

    @Test
    void aCorrectionMovesMoneyByTheChangeItMakes() {
        AdjustmentRecordedEvent cashDown = new AdjustmentRecordedEvent("P", "K", "I", EntryKind.INSTALLMENT,
                PROVINCIAL_FINANCE, null, ContributionForm.CASH, DAY, Money.parse("1000.00"), Money.parse("900.00"), "r");
        assertThat(cashDown.effect()).isEqualTo(new MoneyEffect(Money.parse("100.00").negate(), Z, Z, Z));

        AdjustmentRecordedEvent nonCashUp = new AdjustmentRecordedEvent("P", "K", "C", EntryKind.ENTERPRISE_CONTRIBUTION,
                ENTERPRISE, "E1", ContributionForm.EQUIPMENT, DAY, Money.parse("500.00"), Money.parse("650.00"), "r");
        assertThat(nonCashUp.effect()).isEqualTo(new MoneyEffect(Z, Money.parse("150.00"), Z, Z));
        assertThat(nonCashUp.effect().cash()).isEqualTo(Z);

        AdjustmentRecordedEvent voidedExpenditure = new AdjustmentRecordedEvent("P", "K", "X", EntryKind.EXPENDITURE,
                FundingSource.COLLEGE, null, ContributionForm.CASH, DAY, Money.parse("400.00"), Z, "r");
        assertThat(voidedExpenditure.effect()).isEqualTo(new MoneyEffect(Z, Z, Money.parse("400.00").negate(), Z));
        assertThat(voidedExpenditure.effect().cash()).isEqualTo(Money.parse("400.00"));
    }
}
