package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Why the finding is open again, and by when it is to be rectified now. */
public record FindingReopeningRequest(@NotBlank @PlainText String reason, @NotNull LocalDate deadline) {
}
