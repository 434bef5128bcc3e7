package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal to publish a round's results that waits for a second administrator; {@code decidedOn} is the date the
 * decisions it leads to will carry (null: the day of the approval).
 */
public record PendingProposalView(String proposalId, String proposedBy, Instant proposedAt, Instant knownAt,
                                  List<RoundResultView> results, Money rewardAmount, DecisionType failedDecision,
                                  Money reductionAmount, LocalDate decidedOn) {

    public PendingProposalView {
        results = List.copyOf(results);
    }
}
