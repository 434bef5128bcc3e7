package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** 到账: the payment's whole amount arrived; {@code entryId} (the installment's) is generated if absent. */
public record ProvincialArrivalRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String entryId,
                                       @NotNull @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String paymentId,
                                       @NotNull LocalDate arrivedOn,
                                       @NotBlank @PlainText String voucherRef) {
}
