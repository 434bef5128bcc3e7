package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code correctedAmount} "0" or "0.00" voids the original entry. */
public record AdjustmentRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String entryId,
                                @NotBlank @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String originalEntryId,
                                @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String correctedAmount,
                                @NotBlank @PlainText String reason) {
}
