package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.command.commit.SpansAggregates;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Proposes to publish a round's results (four eyes): per platform the objective scores the query side computed as of
 * the round's reference date as known at {@code knownAt}; the round adds the panel's scores, totals, grades and ranks.
 * {@code failedDecision} null means WITHDRAW_KEY_SUPPORT. {@code decidedOn} dates the decisions the grades lead to
 * (null: the day the publication is approved); each platform's decision rules judge it when proposed
 * ({@link PlatformDecisions}). Handled by {@link RoundScoring}: it reads every platform of
 * the results, to check they belong to the round.
 * {@code scope} is the sender's programme scope (null: every programme): a round of another programme is, to it, no
 * round at all (404), as the access policy treats another programme's platforms.
 */
public record ProposeEvaluationPublicationCommand(String roundId, String proposalId, String proposedBy,
                                                  Instant knownAt, List<ProposedResult> results, Money rewardAmount,
                                                  DecisionType failedDecision, Money reductionAmount,
                                                  LocalDate decidedOn, String scope)
        implements SpansAggregates {

    public ProposeEvaluationPublicationCommand {
        results = List.copyOf(results);
    }

    /** By a user of every programme. */
    public ProposeEvaluationPublicationCommand(String roundId, String proposalId, String proposedBy, Instant knownAt,
                                              List<ProposedResult> results, Money rewardAmount,
                                              DecisionType failedDecision, Money reductionAmount) {
        this(roundId, proposalId, proposedBy, knownAt, results, rewardAmount, failedDecision, reductionAmount, null,
                null);
    }

    /** Decisions dated on the day of the approval. */
    public ProposeEvaluationPublicationCommand(String roundId, String proposalId, String proposedBy, Instant knownAt,
                                              List<ProposedResult> results, Money rewardAmount,
                                              DecisionType failedDecision, Money reductionAmount, String scope) {
        this(roundId, proposalId, proposedBy, knownAt, results, rewardAmount, failedDecision, reductionAmount, null,
                scope);
    }

    /** One platform's objective scores, as the client computed them with the query side. */
    public record ProposedResult(String platformId, List<ItemScore> objective) {

        public ProposedResult {
            objective = List.copyOf(objective);
        }
    }
}
