package cn.jsedu.ledger.kernel.fund;

import cn.jsedu.ledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import static cn.jsedu.ledger.kernel.fund.ContributionForm.CASH;
import static cn.jsedu.ledger.kernel.fund.ContributionForm.EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each kind of entry does to the four money figures, and so to the spendable cash. */
class EntryKindTest {

    private static final Money A = Money.parse("1234.56");
    private static final Money Z = Money.ZERO;

    @Test
    void cashInflowsAreCashReceivedAndMoveTheCashBalance() {
        for (EntryKind inflow : new EntryKind[] {EntryKind.INSTALLMENT, EntryKind.ENTERPRISE_CONTRIBUTION}) {
            MoneyEffect effect = inflow.effect(CASH, A);
            assertThat(effect).isEqualTo(new MoneyEffect(A, Z, Z, Z));
            assertThat(effect.cash()).isEqualTo(A);
            assertThat(effect.received()).isEqualTo(A);
        }
    }

    @Test
    void nonCashInflowsCountAsReceivedButAreNotSpendable() {
        MoneyEffect effect = EntryKind.ENTERPRISE_CONTRIBUTION.effect(EQUIPMENT, A);
        assertThat(effect).isEqualTo(new MoneyEffect(Z, A, Z, Z));
        assertThat(effect.cash()).isEqualTo(Z);
        assertThat(effect.received()).isEqualTo(A);
    }

    @Test
    void expendituresAndRecoveriesTakeCashOut() {
        assertThat(EntryKind.EXPENDITURE.effect(CASH, A)).isEqualTo(new MoneyEffect(Z, Z, A, Z));
        assertThat(EntryKind.EXPENDITURE.effect(CASH, A).cash()).isEqualTo(A.negate());
        assertThat(EntryKind.RECOVERY.effect(CASH, A)).isEqualTo(new MoneyEffect(Z, Z, Z, A));
        assertThat(EntryKind.RECOVERY.effect(CASH, A).cash()).isEqualTo(A.negate());
    }

    @Test
    void anAdjustmentHasNoEffectOfItsOwn() {
        assertThatThrownBy(() -> EntryKind.ADJUSTMENT.effect(CASH, A)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyInstallmentsContributionsAndExpendituresAreCorrectable() {
        assertThat(EntryKind.INSTALLMENT.isCorrectable()).isTrue();
        assertThat(EntryKind.ENTERPRISE_CONTRIBUTION.isCorrectable()).isTrue();
        assertThat(EntryKind.EXPENDITURE.isCorrectable()).isTrue();
        assertThat(EntryKind.RECOVERY.isCorrectable()).isFalse();
        assertThat(EntryKind.ADJUSTMENT.isCorrectable()).isFalse();
    }

    @Test
    void effectsAddAndSubtractComponentwise() {
        MoneyEffect a = new MoneyEffect(Money.ofFen(1), Money.ofFen(2), Money.ofFen(3), Money.ofFen(4));
        MoneyEffect b = new MoneyEffect(Money.ofFen(10), Money.ofFen(20), Money.ofFen(30), Money.ofFen(40));
        assertThat(a.plus(b)).isEqualTo(new MoneyEffect(Money.ofFen(11), Money.ofFen(22), Money.ofFen(33), Money.ofFen(44)));
        assertThat(a.minus(b)).isEqualTo(new MoneyEffect(Money.ofFen(-9), Money.ofFen(-18), Money.ofFen(-27), Money.ofFen(-36)));
        assertThat(b.cash()).isEqualTo(Money.ofFen(10 - 30 - 40));
    }
}
