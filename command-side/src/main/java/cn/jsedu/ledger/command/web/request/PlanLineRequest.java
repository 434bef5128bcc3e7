package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record PlanLineRequest(@NotNull FundingSource source,
                              @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                              @NotNull @Min(2000) @Max(2100) Integer year,
                              @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount) {

    public PlanLine toPlanLine() {
        return new PlanLine(source, partyId, year, Money.parse(amount));
    }
}
