package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 追回: cash returned to its source (e.g. unspent provincial funds after termination), at its own date. */
@Revision("1")
public record RecoveryRecordedEvent(String platformId, String entryId, FundingSource source, Money amount,
                                    LocalDate effectiveDate, String reason, String decisionRef)
        implements MoneyEntryEvent {
}
