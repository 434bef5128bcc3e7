package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One money event as signed effects on the four figures every balance is made of: cash received, non-cash
 * received (appraised), cash spent, cash recovered (returned to its source). A correction is a line of kind
 * {@code ADJUSTMENT} carrying the change it makes, at the original entry's effective date and its own recording
 * time, so that summing the lines with {@code effectiveDate ≤ D} and {@code recordedAt ≤ T} answers "as of D,
 * as known at T" (docs/domain.md §5).
 */
public record LedgerLine(String eventId, String platformId, long sequenceNumber, String entryId, String kind,
                         String originalEntryId, FundingSource source, String partyId, ContributionForm form,
                         ExpenditureCategory category, Money amount, Money receivedCash, Money receivedNonCash,
                         Money spent, Money recovered, LocalDate effectiveDate, Instant recordedAt,
                         String voucherRef, String reason) {

    public static final String ADJUSTMENT = "ADJUSTMENT";

    public Money received() {
        return receivedCash.plus(receivedNonCash);
    }

    /** Known at {@code knownAt} and in effect on {@code asOf}; nulls mean "no limit". */
    public boolean counts(LocalDate asOf, Instant knownAt) {
        return (asOf == null || !effectiveDate.isAfter(asOf)) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }

    /** True if this line changes what was received (installments, contributions and their corrections). */
    public boolean isReceipt() {
        return !receivedCash.isZero() || !receivedNonCash.isZero()
                || "INSTALLMENT".equals(kind) || "ENTERPRISE_CONTRIBUTION".equals(kind);
    }
}
