package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Proposes a funding plan revision; it takes effect when another province administrator approves it. {@code budget},
 * if not null, is the new budget by category and year (the only way a declared budget changes).
 */
public record ReviseFundingPlanCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                       String proposedBy, List<PlanLine> plan, String reason, String decisionRef,
                                       List<BudgetLine> budget) {

    /** A revision that leaves the budget as it is. */
    public ReviseFundingPlanCommand(PlatformId platformId, String proposalId, String proposedBy, List<PlanLine> plan,
                                    String reason, String decisionRef) {
        this(platformId, proposalId, proposedBy, plan, reason, decisionRef, null);
    }
}
