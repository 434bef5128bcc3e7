package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.CommandRefusedException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Programme parameters as a request names them (the names of {@code GET /api/v1/programme/parameters}), each optional:
 * a rule change sets the ones it names; a new programme takes the plan's value for the ones it leaves out. Money is a
 * decimal string, a share a fraction such as {@code "1/3"}. Whether a value can be meant (a share above 0 and at most
 * 1, a tolerance of 0 to 100 points, ...) the programme decides ({@code 422 INVALID_PARAMETER}).
 */
public record ParametersRequest(
        @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String minimumTotalInvestment,
        @Pattern(regexp = SHARE, message = SHARE_MESSAGE) String minimumEnterpriseShare,
        Integer constructionYears,
        @Size(max = 20) Map<@NotNull Integer, @NotNull Integer> batchStartYears,
        LocalDate acceptanceFrom,
        Integer targetPlatformCount,
        @Pattern(regexp = SHARE, message = SHARE_MESSAGE) String workstationShare,
        @Size(max = 20) List<@NotNull Integer> mandatoryTasks,
        @Size(max = 20) List<@NotNull Integer> optionalTasks,
        Integer reportDueDays,
        Integer arrivalTolerancePercent,
        Integer readinessWindowDays,
        Integer datesMonthsBeforeStart,
        Integer settlementMonthsAfterEnd,
        Integer budgetTolerancePercent,
        BudgetTolerance.Overrun budgetOverrun) {

    static final String SHARE = "[0-9]{1,9}/[1-9][0-9]{0,8}";
    static final String SHARE_MESSAGE = "must be a fraction such as \"1/3\"";

    public ParameterChanges toChanges() {
        return new ParameterChanges(minimumTotalInvestment == null ? null : Money.parse(minimumTotalInvestment),
                share(minimumEnterpriseShare, "minimumEnterpriseShare"), constructionYears, batchStartYears,
                acceptanceFrom, targetPlatformCount, share(workstationShare, "workstationShare"), mandatoryTasks,
                optionalTasks, reportDueDays, arrivalTolerancePercent, readinessWindowDays, datesMonthsBeforeStart,
                settlementMonthsAfterEnd, budgetTolerancePercent, budgetOverrun);
    }

    /** A well-formed fraction above one is no share: the same refusal the programme gives a share of zero. */
    private static Share share(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Share.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.INVALID_PARAMETER, "parameters." + field,
                    "parameters." + field + ": a share lies above 0 and at most 1, not " + text);
        }
    }
}
