package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code partyId} optionally names the enterprise whose cash was spent (only when charged to ENTERPRISE). */
public record ExpenditureRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String entryId,
                                 @NotNull ExpenditureCategory category,
                                 @NotNull FundingSource chargedSource,
                                 @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                                 @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                                 @NotNull LocalDate effectiveDate,
                                 @NotBlank @PlainText String voucherRef,
                                 @Size(max = 50) List<@NotNull @Pattern(regexp = Shapes.SHA256,
                                         message = Shapes.SHA256_MESSAGE) String> documents) {
}
