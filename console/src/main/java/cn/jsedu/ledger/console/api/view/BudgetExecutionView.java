package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;

import java.util.List;

/**
 * The query API's {@code GET /api/v1/platforms/{id}/budget-execution}, as far as the plan revision form reads it:
 * the budget in force per category and year (decimal strings); {@code budgetVersion} is null before one is declared.
 */
public record BudgetExecutionView(String platformId, Integer budgetVersion, List<Line> lines) {

    public BudgetExecutionView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(ExpenditureCategory category, int year, String budget) {
    }
}
