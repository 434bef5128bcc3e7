package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReviewAcceptanceCommand(@TargetAggregateIdentifier PlatformId platformId, AcceptanceResult result,
                                      LocalDate reviewedOn, String panel, String remarks) {
}
