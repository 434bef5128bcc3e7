package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.InvalidParameterException;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The rules of a rule change (ADR 0019), checked when it is proposed and again when it is approved:
 * <ul>
 *   <li>it changes something, and every parameter set in force from its effective date on stays valid
 *       ({@code INVALID_PARAMETER}, naming the parameter);</li>
 *   <li>it takes effect no earlier than January 1 of the year it is recorded in ({@code EFFECTIVE_DATE_IN_CLOSED_YEAR}):
 *       a provincial document often takes effect from the start of the year it is issued in, so back-dating within
 *       the open year is allowed; a closed year's judgments (its accounts, its compliance, its approvals as audited)
 *       are not silently re-judged by a later rule. Changes may take effect in the future.</li>
 * </ul>
 */
final class ParameterChangePolicy {

    private ParameterChangePolicy() {
    }

    static void check(ProposedParameterChange change, ParameterTimeline timeline, Clock clock) {
        if (change.changes().isEmpty()) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARAMETER, "parameters",
                    "a rule change sets at least one parameter");
        }
        LocalDate openYear = LocalDate.now(clock).withDayOfYear(1);
        if (change.effectiveFrom().isBefore(openYear)) {
            throw new LedgerRuleException(ErrorCode.EFFECTIVE_DATE_IN_CLOSED_YEAR, "effectiveFrom",
                    "a rule change takes effect no earlier than " + openYear + " (the start of the year it is recorded"
                            + " in): " + change.effectiveFrom() + " would re-judge a closed year");
        }
        if (change.effectiveFrom().isAfter(ProgrammeParameters.LAST_QUERY_DAY)) {
            throw new LedgerRuleException(ErrorCode.DATE_OUTSIDE_WINDOW, "effectiveFrom",
                    "a rule change takes effect by " + ProgrammeParameters.LAST_QUERY_DAY);
        }
        try {
            timeline.with(new ParameterTimeline.Change(change.effectiveFrom(), clock.instant(), change.changes()))
                    .requireValidFrom(change.effectiveFrom());
        } catch (InvalidParameterException e) {
            throw new LedgerRuleException(ErrorCode.INVALID_PARAMETER, "parameters." + e.parameter(),
                    e.getMessage());
        }
    }
}
