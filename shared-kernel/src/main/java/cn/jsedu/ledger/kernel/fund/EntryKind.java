package cn.jsedu.ledger.kernel.fund;

/** The kinds of ledger entry that a correction may refer to, and recoveries. */
public enum EntryKind {
    INSTALLMENT, ENTERPRISE_CONTRIBUTION, EXPENDITURE, RECOVERY;

    /** Installments and contributions bring money in; expenditures and recoveries take cash out. */
    public boolean isInflow() {
        return this == INSTALLMENT || this == ENTERPRISE_CONTRIBUTION;
    }
}
