package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Proposes a suspension; it takes effect when another province administrator approves it. */
public record SuspendPlatformCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                     String proposedBy, String reason, String decisionRef) {
}
