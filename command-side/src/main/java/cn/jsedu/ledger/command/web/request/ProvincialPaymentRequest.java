package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** 拨付; {@code paymentId} is generated if absent. */
public record ProvincialPaymentRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String paymentId,
                                       @NotNull @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String allocationId,
                                       @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                                       @NotNull LocalDate paidOn,
                                       @NotBlank @PlainText String voucherRef) {
}
