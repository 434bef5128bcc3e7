package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;

import java.util.List;

/**
 * A funding plan revision as proposed. {@code budget} is the platform's new budget by category and year, or null when
 * the revision leaves the budget as it is (every revision proposed before budgets existed reads so).
 */
public record ProposedPlanRevision(List<PlanLine> plan, String reason, String decisionRef, List<BudgetLine> budget) {
}
