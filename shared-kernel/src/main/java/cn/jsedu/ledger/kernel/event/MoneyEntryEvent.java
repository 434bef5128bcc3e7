package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/**
 * A ledger entry with an amount and an effective date: installments, contributions, expenditures, recoveries. Each
 * describes itself as an entry (kind, source, party, form) so that {@link #effect()} is computed in one place for
 * all of them; corrections are {@link AdjustmentRecordedEvent}s.
 */
public interface MoneyEntryEvent extends PlatformEvent {

    String entryId();

    EntryKind kind();

    /** The funding source the money comes from or is charged to. */
    FundingSource source();

    /** The enterprise party, where one is named; null otherwise. */
    String partyId();

    /** CASH for expenditures and recoveries. */
    ContributionForm form();

    Money amount();

    LocalDate effectiveDate();

    /** What this entry does to its source's money figures ({@link EntryKind#effect}). */
    default MoneyEffect effect() {
        return kind().effect(form(), amount());
    }
}
