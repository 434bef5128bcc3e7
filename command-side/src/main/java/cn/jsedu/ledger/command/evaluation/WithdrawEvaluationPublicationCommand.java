package cn.jsedu.ledger.command.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The proposer withdraws its proposal to publish a round's results; the round is open again. */
public record WithdrawEvaluationPublicationCommand(@TargetAggregateIdentifier String roundId, String proposalId,
                                                   String withdrawnBy, String reason) {
}
