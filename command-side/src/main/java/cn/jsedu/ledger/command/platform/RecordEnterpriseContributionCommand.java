package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordEnterpriseContributionCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                                  PartyId partyId, ContributionForm form, Money amount,
                                                  LocalDate effectiveDate, String voucherRef,
                                                  String appraisalRef) {
}
