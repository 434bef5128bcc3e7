package cn.jsedu.ledger.command.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The proposer withdraws its proposal to publish a round's results; the round is open again.
 * {@code scope} is the sender's programme scope (null: every programme): a round of another programme is, to it, no
 * round at all (404), as the access policy treats another programme's platforms.
 */
public record WithdrawEvaluationPublicationCommand(@TargetAggregateIdentifier String roundId, String proposalId,
                                                   String withdrawnBy, String reason, String scope) {

    /** By a user of every programme. */
    public WithdrawEvaluationPublicationCommand(String roundId, String proposalId, String withdrawnBy, String reason) {
        this(roundId, proposalId, withdrawnBy, reason, null);
    }
}
