package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 到账: the college confirmed that payment {@code paymentId} arrived on {@code effectiveDate}. It is the provincial
 * installment of that payment: a cash installment of provincial funds ({@link EntryKind#INSTALLMENT}), so every
 * balance counts it as it counts an installment, and it can be corrected like one.
 */
@Revision("1")
public record ProvincialArrivalConfirmedEvent(String platformId, String entryId, String paymentId,
                                              String allocationId, Money amount, LocalDate effectiveDate,
                                              String voucherRef) implements MoneyEntryEvent {

    @Override
    public EntryKind kind() {
        return EntryKind.INSTALLMENT;
    }

    @Override
    public FundingSource source() {
        return FundingSource.PROVINCIAL_FINANCE;
    }

    @Override
    public String partyId() {
        return null;
    }

    @Override
    public ContributionForm form() {
        return ContributionForm.CASH;
    }
}
