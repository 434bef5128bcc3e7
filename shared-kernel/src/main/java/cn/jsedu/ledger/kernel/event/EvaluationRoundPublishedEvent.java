package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A second administrator approved the publication of a round's results (the results are those of the proposal
 * {@code proposalId}). Committed in the same transaction as every platform's {@link EvaluationPublishedEvent}: all
 * or nothing.
 */
@Revision("1")
public record EvaluationRoundPublishedEvent(String roundId, String proposalId, String proposedBy, String approvedBy,
                                            Instant knownAt) implements EvaluationRoundEvent {
}
