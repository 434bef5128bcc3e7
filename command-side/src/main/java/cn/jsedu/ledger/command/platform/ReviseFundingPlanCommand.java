package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Proposes a funding plan revision; it takes effect when another province administrator approves it. */
public record ReviseFundingPlanCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                       String proposedBy, List<PlanLine> plan, String reason, String decisionRef) {
}
