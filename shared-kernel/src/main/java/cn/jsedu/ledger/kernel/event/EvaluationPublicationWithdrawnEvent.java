package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** The proposer withdrew a proposal to publish a round's results; the round is open again. */
@Revision("1")
public record EvaluationPublicationWithdrawnEvent(String roundId, String proposalId, String withdrawnBy,
                                                  String reason) implements EvaluationRoundEvent {
}
