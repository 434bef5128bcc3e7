package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 资金支出: cash of {@code chargedSource} spent; {@code partyId} optionally names the enterprise it came from. */
@Revision("1")
public record ExpenditureRecordedEvent(String platformId, String entryId, ExpenditureCategory category,
                                       FundingSource chargedSource, String partyId, Money amount,
                                       LocalDate effectiveDate, String voucherRef) implements MoneyEntryEvent {

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
