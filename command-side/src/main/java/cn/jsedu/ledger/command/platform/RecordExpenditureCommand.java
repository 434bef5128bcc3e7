package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code partyId} may be null; it may only name an enterprise when charged to ENTERPRISE. */
public record RecordExpenditureCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                       ExpenditureCategory category, FundingSource chargedSource, PartyId partyId,
                                       Money amount, LocalDate effectiveDate, String voucherRef) {
}
