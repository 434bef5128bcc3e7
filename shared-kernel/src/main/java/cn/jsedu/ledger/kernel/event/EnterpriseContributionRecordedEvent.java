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
 * An enterprise party of a signed agreement put in money or an asset (source ENTERPRISE). Revision 2 added
 * {@code documents}, the evidence documents cited (revision 1 rows read with none).
 */
@Revision("2")
public record EnterpriseContributionRecordedEvent(String platformId, String entryId, String partyId,
                                                  ContributionForm form, Money amount, LocalDate effectiveDate,
                                                  String voucherRef, String appraisalRef,
                                                  List<String> documents)
        implements MoneyEntryEvent, DocumentCitingEvent {

    public EnterpriseContributionRecordedEvent {
        documents = DocumentCitingEvent.orEmpty(documents);
    }

    /** Without documents (revision 1 carried none; kept for callers that cite none). */
    public EnterpriseContributionRecordedEvent(String platformId, String entryId, String partyId,
        ContributionForm form, Money amount, LocalDate effectiveDate, String voucherRef, String appraisalRef) {
        this(platformId, entryId, partyId, form, amount, effectiveDate, voucherRef, appraisalRef, List.of());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ENTERPRISE_CONTRIBUTION;
    }

    /** Always ENTERPRISE: the contribution names its enterprise party. */
    @Override
    public FundingSource source() {
        return FundingSource.ENTERPRISE;
    }
}
