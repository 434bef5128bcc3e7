package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One administrator proposed to publish a round's results; another must approve it (four eyes). The objective scores
 * were computed by the query side as known at {@code knownAt}, which the query side recomputes and compares (a
 * difference is a disagreement in the reconciliation report, never silently accepted). On publication each
 * {@link cn.jsedu.ledger.kernel.evaluation.Grade#EXCELLENT} platform gets a REWARD decision proposed for
 * {@code rewardAmount} (null when the round has none to reward), each
 * {@link cn.jsedu.ledger.kernel.evaluation.Grade#FAILED} one a {@code failedDecision} (REDUCE_SUPPORT for
 * {@code reductionAmount}, or WITHDRAW_KEY_SUPPORT): proposed, each still waiting for its own four eyes, dated
 * {@code decidedOn} (null: the day the publication is approved). The platforms' decision rules judge that date (their
 * settlement windows) when the publication is proposed and again when it is approved.
 *
 * <p>{@code decidedOn} came after the first eight components; the event had never been stored when it came, so its
 * revision stays 1 (the 8-argument constructor remains, with no date).
 */
@Revision("1")
public record EvaluationPublicationProposedEvent(String roundId, String proposalId, String proposedBy,
                                                 Instant knownAt, List<EvaluationResult> results, Money rewardAmount,
                                                 DecisionType failedDecision, Money reductionAmount,
                                                 LocalDate decidedOn)
        implements EvaluationRoundEvent {

    public EvaluationPublicationProposedEvent {
        results = List.copyOf(results);
    }

    /** Decisions dated on the day the publication is approved. */
    public EvaluationPublicationProposedEvent(String roundId, String proposalId, String proposedBy, Instant knownAt,
                                              List<EvaluationResult> results, Money rewardAmount,
                                              DecisionType failedDecision, Money reductionAmount) {
        this(roundId, proposalId, proposedBy, knownAt, results, rewardAmount, failedDecision, reductionAmount, null);
    }
}
