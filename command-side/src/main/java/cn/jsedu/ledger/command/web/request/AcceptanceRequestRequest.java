package cn.jsedu.ledger.command.web.request;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record AcceptanceRequestRequest(@NotNull LocalDate requestedOn) {
}
