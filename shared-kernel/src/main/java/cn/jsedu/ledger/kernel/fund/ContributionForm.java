package cn.jsedu.ledger.kernel.fund;

/**
 * The form an investment takes (投入形式). Only {@link #CASH} is spendable; the other forms count toward
 * investment totals and the enterprise share at their appraised value.
 */
public enum ContributionForm {
    CASH, EQUIPMENT, FACILITIES, TECHNOLOGY, KNOWLEDGE, MANAGEMENT;

    public boolean isCash() {
        return this == CASH;
    }
}
