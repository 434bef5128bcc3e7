package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Proposes a performance decision; it takes effect when another province administrator approves it.
 * {@code amount} is required for REWARD and REDUCE_SUPPORT and must be null for the other types.
 */
public record RecordPerformanceDecisionCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                               String proposedBy, DecisionId decisionId, DecisionType type,
                                               Money amount, String basis, String decisionRef, LocalDate decidedOn) {
}
