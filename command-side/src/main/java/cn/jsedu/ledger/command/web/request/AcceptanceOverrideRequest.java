package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An acceptance request past a checklist that is not READY: its date and why it should pass the gate. */
public record AcceptanceOverrideRequest(@NotNull LocalDate requestedOn, @NotBlank @PlainText String reason) {
}
