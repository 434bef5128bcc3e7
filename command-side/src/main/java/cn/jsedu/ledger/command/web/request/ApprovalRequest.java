package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code plan} only when the approved plan differs from the declared one. */
public record ApprovalRequest(@NotNull Integer batch,
                              @NotNull LocalDate constructionStart,
                              @NotBlank @PlainText String decisionRef,
                              @Size(min = 1, max = 500) List<@NotNull @Valid PlanLineRequest> plan) {
}
