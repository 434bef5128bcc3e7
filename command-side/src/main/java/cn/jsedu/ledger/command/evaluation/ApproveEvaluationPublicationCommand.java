package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.commit.SpansAggregates;

/**
 * A second administrator approves the proposed publication of a round's results. Handled by
 * {@link EvaluationPublication}: the round and every platform of the results in one unit of work, all or nothing.
 */
public record ApproveEvaluationPublicationCommand(String roundId, String proposalId, String approvedBy)
        implements SpansAggregates {
}
