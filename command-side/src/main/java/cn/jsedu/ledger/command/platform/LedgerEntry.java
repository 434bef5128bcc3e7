package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/**
 * A correctable entry as the aggregate remembers it: enough to correct it later. {@code amount} is the amount in
 * force (after any corrections).
 */
record LedgerEntry(EntryKind kind, FundingSource source, String partyId, ContributionForm form, Money amount,
                   LocalDate effectiveDate) {

    static LedgerEntry of(MoneyEntryEvent event) {
        return new LedgerEntry(event.kind(), event.source(), event.partyId(), event.form(), event.amount(),
                event.effectiveDate());
    }

    /** What this entry at {@code ofAmount} does to its source's cash ({@link EntryKind#effect}). */
    Money cashEffect(Money ofAmount) {
        return kind.effect(form, ofAmount).cash();
    }

    LedgerEntry withAmount(Money corrected) {
        return new LedgerEntry(kind, source, partyId, form, corrected, effectiveDate);
    }
}
