package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAdjustmentCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId,
                                      EntryId originalEntryId, Money correctedAmount, String reason) {
}
