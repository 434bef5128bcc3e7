package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.role.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code recordedBy}: the role of the authenticated issuer, who must be the recorder of the original entry. */
public record RecordAdjustmentCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                      EntryId originalEntryId, Money correctedAmount, String reason, Role recordedBy) {
}
