package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.money.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** One line of a budget: what may be spent on a category in a calendar year. */
public record BudgetLineRequest(@NotNull ExpenditureCategory category,
                                @NotNull @Min(2000) @Max(2100) Integer year,
                                @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount) {

    public BudgetLine toBudgetLine() {
        return new BudgetLine(category, year, Money.parse(amount));
    }

    /** Null (no budget given) stays null. */
    public static List<BudgetLine> toBudget(List<BudgetLineRequest> lines) {
        return lines == null ? null : lines.stream().map(BudgetLineRequest::toBudgetLine).toList();
    }
}
