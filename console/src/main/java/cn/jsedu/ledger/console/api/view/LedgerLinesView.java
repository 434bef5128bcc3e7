package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/ledger}: one line per money event. */
public record LedgerLinesView(String platformId, long version, List<LedgerLineView> lines) {

    public record LedgerLineView(String eventId, long sequenceNumber, String entryId, EntryKind kind,
                                 String originalEntryId, FundingSource source, String partyId, ContributionForm form,
                                 ExpenditureCategory category, String amount, String receivedCash,
                                 String receivedNonCash, String spent, String recovered, LocalDate effectiveDate,
                                 Instant recordedAt, String voucherRef, String reason) {
    }
}
