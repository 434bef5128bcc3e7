package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectPlatformCommand(@TargetAggregateIdentifier PlatformId platformId, String reason,
                                    String decisionRef) {
}
