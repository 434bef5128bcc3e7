package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;

import java.util.List;

/** The budget in force (预算): its version (1 as declared with the task book, then one per revision) and its lines. */
record Budget(int version, List<BudgetLine> lines) {

    Money of(ExpenditureCategory category, int year) {
        return BudgetLine.amountOf(lines, category, year);
    }
}
