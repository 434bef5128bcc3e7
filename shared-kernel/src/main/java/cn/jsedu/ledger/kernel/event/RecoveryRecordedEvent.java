package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 追回: cash returned to its source (e.g. unspent provincial funds after termination), at its own date. */
@Revision("1")
public record RecoveryRecordedEvent(String platformId, String entryId, FundingSource source, Money amount,
                                    LocalDate effectiveDate, String reason, String decisionRef)
        implements MoneyEntryEvent {

    @Override
    public EntryKind kind() {
        return EntryKind.RECOVERY;
    }

    /** A recovery returns money to its source, not to a party. */
    @Override
    public String partyId() {
        return null;
    }

    /** Only cash is returned. */
    @Override
    public ContributionForm form() {
        return ContributionForm.CASH;
    }
}
