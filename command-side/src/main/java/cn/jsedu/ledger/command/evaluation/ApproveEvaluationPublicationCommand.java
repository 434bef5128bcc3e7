package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.commit.SpansAggregates;

/**
 * A second administrator approves the proposed publication of a round's results. Handled by
 * {@link EvaluationPublication}: the round and every platform of the results in one unit of work, all or nothing.
 * {@code scope} is the sender's programme scope (null: every programme): a round of another programme is, to it, no
 * round at all (404), as the access policy treats another programme's platforms.
 */
public record ApproveEvaluationPublicationCommand(String roundId, String proposalId, String approvedBy, String scope)
        implements SpansAggregates {

    /** By a user of every programme. */
    public ApproveEvaluationPublicationCommand(String roundId, String proposalId, String approvedBy) {
        this(roundId, proposalId, approvedBy, null);
    }
}
