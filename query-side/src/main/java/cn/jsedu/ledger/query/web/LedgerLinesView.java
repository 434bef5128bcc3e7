package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A platform's ledger lines: one per money event, with the event behind it and what it does to the four figures
 * every balance is made of (a correction carries the change it makes). Amounts are decimal strings.
 */
public record LedgerLinesView(String platformId, long version, List<LedgerLineView> lines) {

    public record LedgerLineView(String eventId, long sequenceNumber, String entryId, EntryKind kind,
                                 String originalEntryId, FundingSource source, String partyId, ContributionForm form,
                                 ExpenditureCategory category, String amount, String receivedCash,
                                 String receivedNonCash, String spent, String recovered, LocalDate effectiveDate,
                                 Instant recordedAt, String voucherRef, String reason) {

        static LedgerLineView of(LedgerLine l) {
            return new LedgerLineView(l.eventId(), l.sequenceNumber(), l.entryId(), l.kind(), l.originalEntryId(), l.source(),
                    l.partyId(), l.form(), l.category(), l.amount().toString(), l.receivedCash().toString(),
                    l.receivedNonCash().toString(), l.spent().toString(), l.recovered().toString(), l.effectiveDate(),
                    l.recordedAt(), l.voucherRef(), l.reason());
        }
    }
}
