package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new programme: its id, its name, and the parameters in which it differs from the plan's (all optional). */
public record ProgrammeRequest(@NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String programmeId,
                               @NotBlank @PlainText String name,
                               @Valid ParametersRequest parameters,
                               @PlainText String reason,
                               @PlainText String decisionRef) {
}
