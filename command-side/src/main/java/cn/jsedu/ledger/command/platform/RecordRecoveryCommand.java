package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.role.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code recordedBy}: the role of the authenticated issuer, who must be the recorder of the source's money. */
public record RecordRecoveryCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                    FundingSource source, Money amount, LocalDate effectiveDate, String reason,
                                    String decisionRef, Role recordedBy) {
}
