package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.kernel.platform.ProposedDecision;

/**
 * Whether a platform's decision rules accept the decision a round's grade leads to, asked when the publication is
 * proposed so that a date outside the platform's settlement window (say) is refused then, naming the field, rather
 * than only when another administrator approves (the platform judges again then: its rules may have changed
 * meanwhile). {@link PlatformMembership} asks the platform ({@code Platform.requireAcceptsRoundDecision}); tests
 * answer from a rule of their own.
 */
@FunctionalInterface
public interface PlatformDecisions {

    /**
     * @param proposalId the proposal id the decision would take on the platform (the round's id)
     * @throws cn.jsedu.ledger.command.platform.LedgerRuleException the rule the decision breaks, naming the
     *                                                              decision's field ({@code decidedOn}, {@code amount}…)
     */
    void requireAccepted(String platformId, ProposedDecision decision, String proposalId);
}
