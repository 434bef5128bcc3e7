package cn.jsedu.ledger.kernel.fund;

import cn.jsedu.ledger.kernel.money.Money;

/**
 * The kinds of ledger entry: installments, enterprise contributions, expenditures, recoveries, and the adjustments
 * that correct the first three. {@link #effect} is the one definition of what an entry does to the money figures.
 */
public enum EntryKind {
    INSTALLMENT, ENTERPRISE_CONTRIBUTION, EXPENDITURE, RECOVERY,
    /** A correction: it moves money by the change it makes to the entry it corrects. */
    ADJUSTMENT;

    /** Installments and contributions bring money in; expenditures and recoveries take cash out. */
    public boolean isInflow() {
        return this == INSTALLMENT || this == ENTERPRISE_CONTRIBUTION;
    }

    /** Installments, contributions and expenditures can be corrected; recoveries and corrections cannot. */
    public boolean isCorrectable() {
        return this == INSTALLMENT || this == ENTERPRISE_CONTRIBUTION || this == EXPENDITURE;
    }

    /**
     * What an entry of this kind, in {@code form}, of {@code amount} does to the money figures: an inflow is cash or
     * non-cash received by its form (docs/domain.md §3: only cash is spendable), an expenditure is cash spent, a
     * recovery is cash returned. An amount may be negative (the change a correction makes).
     *
     * @throws IllegalStateException for {@link #ADJUSTMENT}, whose effect is the difference of the corrected entry's
     *                               effects at its new and its previous amount
     */
    public MoneyEffect effect(ContributionForm form, Money amount) {
        return switch (this) {
            case INSTALLMENT, ENTERPRISE_CONTRIBUTION -> form.isCash() ? MoneyEffect.NONE.withReceivedCash(amount)
                    : MoneyEffect.NONE.withReceivedNonCash(amount);
            case EXPENDITURE -> MoneyEffect.NONE.withSpent(amount);
            case RECOVERY -> MoneyEffect.NONE.withRecovered(amount);
            case ADJUSTMENT -> throw new IllegalStateException(
                    "an adjustment moves money by the change it makes to the entry it corrects");
        };
    }
}
