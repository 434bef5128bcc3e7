package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * 资金到位: money or an asset from a non-enterprise source arrived on {@code effectiveDate}. Revision 2 added
 * {@code documents}, the evidence documents cited (revision 1 rows read with none).
 */
@Revision("2")
public record InstallmentRecordedEvent(String platformId, String entryId, FundingSource source, String partyId,
                                       ContributionForm form, Money amount, LocalDate effectiveDate,
                                       String voucherRef, String appraisalRef, List<String> documents)
        implements MoneyEntryEvent, DocumentCitingEvent {

    public InstallmentRecordedEvent {
        documents = DocumentCitingEvent.orEmpty(documents);
    }

    /** Without documents (revision 1 carried none; kept for callers that cite none). */
    public InstallmentRecordedEvent(String platformId, String entryId, FundingSource source, String partyId,
        ContributionForm form, Money amount, LocalDate effectiveDate, String voucherRef, String appraisalRef) {
        this(platformId, entryId, source, partyId, form, amount, effectiveDate, voucherRef, appraisalRef, List.of());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.INSTALLMENT;
    }
}
