package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An extension (延期): the new construction end, why, and the decision document (文号). */
public record ExtensionRequest(@NotNull LocalDate newEnd, @NotBlank @PlainText String reason,
                               @NotBlank @PlainText String decisionRef) {
}
