package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * 预算: the platform's budget by expenditure category and year. Version 1 is declared with the task book; every
 * later version comes from an approved (four-eyes) funding plan revision and replaces the budget in force.
 */
@Revision("1")
public record BudgetSetEvent(String platformId, int budgetVersion, List<BudgetLine> budget, String reason,
                             String decisionRef) implements PlatformEvent {
}
