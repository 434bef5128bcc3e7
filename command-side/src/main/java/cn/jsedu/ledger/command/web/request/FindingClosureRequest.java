package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;

/** The education department accepts the rectification. */
public record FindingClosureRequest(@NotBlank @PlainText String remarks) {
}
