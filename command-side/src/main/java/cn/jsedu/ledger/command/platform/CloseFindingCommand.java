package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseFindingCommand(@TargetAggregateIdentifier PlatformId platformId, String findingId, String remarks) {
}
