package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record AcceptanceReviewRequest(@NotNull AcceptanceResult result,
                                      @NotNull LocalDate reviewedOn,
                                      @NotBlank @PlainText String panel,
                                      @PlainText String remarks) {
}
