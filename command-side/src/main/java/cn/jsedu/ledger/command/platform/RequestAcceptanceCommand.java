package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RequestAcceptanceCommand(@TargetAggregateIdentifier PlatformId platformId, LocalDate requestedOn) {
}
