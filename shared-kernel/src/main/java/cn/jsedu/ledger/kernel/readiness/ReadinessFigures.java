package cn.jsedu.ledger.kernel.readiness;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The figures a readiness item was decided from, typed, for clients that write an item in their own words (the
 * console, the dossier) instead of reading the English phrases {@link ReadinessItem#value()} and
 * {@link ReadinessItem#threshold()} back. One shape for every item: an item sets the members of its code (listed on
 * each member) and leaves the others null, which the API leaves out of its JSON. Amounts are {@link Money} (the API
 * writes them as decimal yuan strings), counts are integers, dates ISO dates, lists are in the checklist's order and
 * never null on the item that carries them (empty when there is nothing to list). The factories below build each
 * code's figures, so that no item sets another code's members.
 *
 * @param constructionEnd          CONSTRUCTION_PERIOD: the (extended) end; null before approval
 * @param windowStart              CONSTRUCTION_PERIOD: the first day acceptance may be judged; null before approval
 * @param received                 TOTAL_RECEIVED, ENTERPRISE_SHARE: investment in place (received less recovered)
 * @param minimumTotal             TOTAL_RECEIVED: the programme's minimum total investment
 * @param enterprise               ENTERPRISE_SHARE: the enterprise part of {@code received}
 * @param enterprisePercent        ENTERPRISE_SHARE: {@code enterprise / received} in percent, half-up to two decimals,
 *                                 for display only; null while nothing is received (no share to speak of)
 * @param minimumShare             ENTERPRISE_SHARE, WORKSTATION_SHARE: the share required, as numerator/denominator
 * @param reportsDue               REPORTS_SUBMITTED: half-yearly reports fallen due as of the date judged
 * @param reportsSubmitted         REPORTS_SUBMITTED: of those, the ones submitted
 * @param missingPeriods           REPORTS_SUBMITTED: the periods ({@code 2021H1}) of the due reports not submitted
 * @param mandatoryTasks           MANDATORY_INDICATORS: the programme's mandatory task numbers
 * @param mandatoryIndicators      MANDATORY_INDICATORS: the task book's indicators of those tasks; 0 without a task book
 * @param indicatorsMet            MANDATORY_INDICATORS: of those, the ones whose latest actual reaches the target
 * @param unmetIndicators          MANDATORY_INDICATORS: the codes of the ones not met
 * @param workstationYears         WORKSTATION_SHARE: every complete year (both half-year reports in); empty before one
 * @param agreementsSigned         AGREEMENT_SIGNED: co-construction agreements signed
 * @param status                   NOT_SUSPENDED_OR_TERMINATED: the platform's status
 * @param contributionsDue         ENTERPRISE_CONTRIBUTIONS_CONFIRMED: contributions in force that need confirming
 * @param contributionsConfirmed   ENTERPRISE_CONTRIBUTIONS_CONFIRMED: of those, the ones their enterprise confirmed
 * @param unconfirmedContributions ENTERPRISE_CONTRIBUTIONS_CONFIRMED: the others, with what their enterprise said
 */
public record ReadinessFigures(LocalDate constructionEnd, LocalDate windowStart,
                               Money received, Money minimumTotal,
                               Money enterprise, BigDecimal enterprisePercent, Share minimumShare,
                               Integer reportsDue, Integer reportsSubmitted, List<String> missingPeriods,
                               List<Integer> mandatoryTasks, Integer mandatoryIndicators, Integer indicatorsMet,
                               List<String> unmetIndicators,
                               List<WorkstationYear> workstationYears,
                               Integer agreementsSigned,
                               PlatformStatus status,
                               Integer contributionsDue, Integer contributionsConfirmed,
                               List<UnconfirmedContribution> unconfirmedContributions) {

    /** One complete year of the workstation share: offered to enterprises and society, of all workstations. */
    public record WorkstationYear(int year, long offered, long total, boolean met) {
    }

    /** A contribution in force its enterprise has not confirmed at its current amount, and what it said instead. */
    public record UnconfirmedContribution(String entryId, State state) {

        public UnconfirmedContribution {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(state, "state");
        }
    }

    public ReadinessFigures {
        missingPeriods = copy(missingPeriods);
        mandatoryTasks = copy(mandatoryTasks);
        unmetIndicators = copy(unmetIndicators);
        workstationYears = copy(workstationYears);
        unconfirmedContributions = copy(unconfirmedContributions);
    }

    public static ReadinessFigures constructionPeriod(LocalDate end, LocalDate windowStart) {
        return new ReadinessFigures(end, windowStart, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static ReadinessFigures totalReceived(Money received, Money minimumTotal) {
        return new ReadinessFigures(null, null, Objects.requireNonNull(received), Objects.requireNonNull(minimumTotal),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ReadinessFigures enterpriseShare(Money enterprise, Money received, BigDecimal percent, Share minimum) {
        return new ReadinessFigures(null, null, Objects.requireNonNull(received), null,
                Objects.requireNonNull(enterprise), percent, Objects.requireNonNull(minimum), null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    public static ReadinessFigures reports(int due, int submitted, List<String> missing) {
        return new ReadinessFigures(null, null, null, null, null, null, null, due, submitted, missing, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static ReadinessFigures indicators(List<Integer> tasks, int mandatory, int met, List<String> unmet) {
        return new ReadinessFigures(null, null, null, null, null, null, null, null, null, null, tasks, mandatory, met,
                unmet, null, null, null, null, null, null);
    }

    public static ReadinessFigures workstations(List<WorkstationYear> years, Share minimum) {
        return new ReadinessFigures(null, null, null, null, null, null, Objects.requireNonNull(minimum), null, null,
                null, null, null, null, null, years, null, null, null, null, null);
    }

    public static ReadinessFigures agreements(int signed) {
        return new ReadinessFigures(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, signed, null, null, null, null);
    }

    public static ReadinessFigures status(PlatformStatus status) {
        return new ReadinessFigures(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Objects.requireNonNull(status), null, null, null);
    }

    public static ReadinessFigures confirmations(int due, int confirmed, List<UnconfirmedContribution> open) {
        return new ReadinessFigures(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, due, confirmed, open);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
