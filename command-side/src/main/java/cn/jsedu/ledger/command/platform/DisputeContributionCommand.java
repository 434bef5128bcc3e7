package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An enterprise representative, bound to {@code creditCode}, disputes a contribution recorded in its name. */
public record DisputeContributionCommand(@TargetAggregateIdentifier PlatformId platformId, String entryId,
                                         String creditCode, String reason) {
}
