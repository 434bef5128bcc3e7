package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code documents}: hashes of evidence documents uploaded to the platform, cited by the entry (optional). */
public record InstallmentRequest(@Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String entryId,
                                 @NotNull FundingSource source,
                                 @Pattern(regexp = Shapes.ID, message = Shapes.ID_MESSAGE) String partyId,
                                 @NotNull ContributionForm form,
                                 @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String amount,
                                 @NotNull LocalDate effectiveDate,
                                 @NotBlank @PlainText String voucherRef,
                                 @PlainText String appraisalRef,
                                 @Size(max = 50) List<@NotNull @Pattern(regexp = Shapes.SHA256,
                                         message = Shapes.SHA256_MESSAGE) String> documents) {
}
