package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/**
 * An entry as the aggregate needs to remember it: enough to correct it later. {@code amount} is the amount in
 * force (after any corrections); {@code form} is CASH for expenditures and recoveries.
 */
record LedgerEntry(EntryKind kind, FundingSource source, String partyId, ContributionForm form, Money amount,
                   LocalDate effectiveDate) {

    /** What this entry does to its source's cash: inflows of cash add, expenditures and recoveries take away. */
    Money cashEffect(Money ofAmount) {
        if (kind.isInflow()) {
            return form.isCash() ? ofAmount : Money.ZERO;
        }
        return ofAmount.negate();
    }

    boolean isCorrectable() {
        return kind != EntryKind.RECOVERY;
    }

    LedgerEntry withAmount(Money corrected) {
        return new LedgerEntry(kind, source, partyId, form, corrected, effectiveDate);
    }
}
