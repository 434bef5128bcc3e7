package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.proposal.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of read_model.evaluation_proposal, its results as the event carried them. */
public record ProposalRow(String roundId, String proposalId, ProposalStatus status, String proposedBy,
                          Instant proposedAt, Instant knownAt, List<EvaluationResult> results, Money rewardAmount,
                          DecisionType failedDecision, Money reductionAmount,
                          LocalDate decidedOn) {

    public ProposalRow {
        results = List.copyOf(results);
    }
}
