package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** 指标下达; {@code allocationId} is generated if absent. */
public record ProvincialAllocationRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String allocationId,
                                          @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                                          @NotNull LocalDate allocatedOn,
                                          @NotBlank @PlainText String documentNumber) {
}
