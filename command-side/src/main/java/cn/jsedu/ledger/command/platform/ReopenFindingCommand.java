package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReopenFindingCommand(@TargetAggregateIdentifier PlatformId platformId, String findingId, String reason,
                                   LocalDate deadline) {
}
