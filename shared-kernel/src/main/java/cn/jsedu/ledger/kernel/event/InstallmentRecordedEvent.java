package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 资金到位: money or an asset from a non-enterprise source arrived on {@code effectiveDate}. */
@Revision("1")
public record InstallmentRecordedEvent(String platformId, String entryId, FundingSource source, String partyId,
                                       ContributionForm form, Money amount, LocalDate effectiveDate,
                                       String voucherRef, String appraisalRef) implements MoneyEntryEvent {

    @Override
    public EntryKind kind() {
        return EntryKind.INSTALLMENT;
    }
}
