package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record ReviseFundingPlanCommand(@TargetAggregateIdentifier PlatformId platformId, List<PlanLine> plan,
                                       String reason, String decisionRef) {
}
