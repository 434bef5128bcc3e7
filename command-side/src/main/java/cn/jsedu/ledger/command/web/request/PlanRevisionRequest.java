package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record PlanRevisionRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid PlanLineRequest> plan,
                                  @NotBlank @PlainText String reason,
                                  @NotBlank @PlainText String decisionRef,
                                  @Size(max = 200) List<@NotNull @Valid BudgetLineRequest> budget) {
}
