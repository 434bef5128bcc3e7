package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

public record InstallmentRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String entryId,
                                 @NotNull FundingSource source,
                                 @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                                 @NotNull ContributionForm form,
                                 @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                                 @NotNull LocalDate effectiveDate,
                                 @NotBlank @PlainText String voucherRef,
                                 @PlainText String appraisalRef) {
}
