package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A rule change: the parameters it sets, from which day, why, and by which document (文号). */
public record ParameterChangeRequest(@NotNull LocalDate effectiveFrom,
                                     @NotNull @Valid ParametersRequest parameters,
                                     @NotBlank @PlainText String reason,
                                     @NotBlank @PlainText String decisionRef) {
}
