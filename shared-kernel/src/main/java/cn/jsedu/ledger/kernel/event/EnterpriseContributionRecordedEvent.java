package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An enterprise party of a signed agreement put in money or an asset (source ENTERPRISE). */
@Revision("1")
public record EnterpriseContributionRecordedEvent(String platformId, String entryId, String partyId,
                                                  ContributionForm form, Money amount, LocalDate effectiveDate,
                                                  String voucherRef, String appraisalRef)
        implements MoneyEntryEvent {

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
