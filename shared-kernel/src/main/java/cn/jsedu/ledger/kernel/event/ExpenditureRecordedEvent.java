package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * 资金支出: cash of {@code chargedSource} spent; {@code partyId} optionally names the enterprise it came from.
 * Revision 2 added {@code documents}, the evidence documents cited (revision 1 rows read with none).
 */
@Revision("2")
public record ExpenditureRecordedEvent(String platformId, String entryId, ExpenditureCategory category,
                                       FundingSource chargedSource, String partyId, Money amount,
                                       LocalDate effectiveDate, String voucherRef,
                                       List<String> documents)
        implements MoneyEntryEvent, DocumentCitingEvent {

    public ExpenditureRecordedEvent {
        documents = DocumentCitingEvent.orEmpty(documents);
    }

    /** Without documents (revision 1 carried none; kept for callers that cite none). */
    public ExpenditureRecordedEvent(String platformId, String entryId, ExpenditureCategory category,
        FundingSource chargedSource, String partyId, Money amount, LocalDate effectiveDate, String voucherRef) {
        this(platformId, entryId, category, chargedSource, partyId, amount, effectiveDate, voucherRef, List.of());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EXPENDITURE;
    }

    /** The source the expenditure is charged to. */
    @Override
    public FundingSource source() {
        return chargedSource;
    }

    /** Only cash is spent. */
    @Override
    public ContributionForm form() {
        return ContributionForm.CASH;
    }
}
