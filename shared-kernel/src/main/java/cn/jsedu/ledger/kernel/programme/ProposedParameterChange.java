package cn.jsedu.ledger.kernel.programme;

import java.time.LocalDate;

/**
 * A rule change as proposed: the parameters it sets, from which day, why and under which document (文号).
 *
 * @param effectiveFrom the first day the new values are to be in force
 * @param changes       the parameters it sets
 * @param reason        why the rule changes
 * @param decisionRef   the document that changes it
 */
public record ProposedParameterChange(LocalDate effectiveFrom, ParameterChanges changes, String reason,
                                      String decisionRef) {
}
