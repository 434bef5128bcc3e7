package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;

/** Rejection, suspension and resumption: why, and the decision document (文号). */
public record ReasonRequest(@NotBlank @PlainText String reason, @NotBlank @PlainText String decisionRef) {
}
