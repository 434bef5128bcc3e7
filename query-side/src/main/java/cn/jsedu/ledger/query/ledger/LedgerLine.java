package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One money event with its {@link MoneyEffect} on the four figures every balance is made of: cash received, non-cash
 * received (appraised), cash spent, cash recovered (returned to its source). A correction is a line of kind
 * {@link EntryKind#ADJUSTMENT} carrying the change it makes, at the original entry's effective date and its own
 * recording time, so that summing the lines with {@code effectiveDate ≤ D} and {@code recordedAt ≤ T} answers "as of
 * D, as known at T" (docs/domain.md §5).
 */
public record LedgerLine(String eventId, String platformId, long sequenceNumber, String entryId, EntryKind kind,
                         String originalEntryId, FundingSource source, String partyId, ContributionForm form,
                         ExpenditureCategory category, Money amount, MoneyEffect effect, LocalDate effectiveDate,
                         Instant recordedAt, String voucherRef, String reason) {

    public Money receivedCash() {
        return effect.receivedCash();
    }

    public Money receivedNonCash() {
        return effect.receivedNonCash();
    }

    public Money spent() {
        return effect.spent();
    }

    public Money recovered() {
        return effect.recovered();
    }

    public Money received() {
        return effect.received();
    }

    /** Known at {@code knownAt} and in effect on {@code asOf}; nulls mean "no limit". */
    public boolean counts(LocalDate asOf, Instant knownAt) {
        return (asOf == null || !effectiveDate.isAfter(asOf)) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }

    /** True if this line changes what was received (installments, contributions and their corrections). */
    public boolean isReceipt() {
        return kind.isInflow() || !effect.received().isZero();
    }
}
