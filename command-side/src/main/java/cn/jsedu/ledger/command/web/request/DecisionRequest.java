package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** {@code amount} for REWARD and REDUCE_SUPPORT only. */
public record DecisionRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String decisionId,
                              @NotNull DecisionType type,
                              @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                              @NotBlank @PlainText String basis,
                              @NotBlank @PlainText String decisionRef,
                              @NotNull LocalDate decidedOn) {
}
