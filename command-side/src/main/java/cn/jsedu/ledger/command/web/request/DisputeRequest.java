package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;

/** Why the enterprise disputes a contribution recorded in its name. */
public record DisputeRequest(@NotBlank @PlainText String reason) {
}
