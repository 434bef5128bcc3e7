package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 绩效考核结果. REWARD adds {@code amount} to planned provincial funds, REDUCE_SUPPORT takes it away,
 * WITHDRAW_KEY_SUPPORT ends key support, TERMINATE makes the platform TERMINATED. {@code amount} is null
 * for the types that carry none.
 */
@Revision("1")
public record PerformanceDecisionRecordedEvent(String platformId, String decisionId, DecisionType type,
                                               Money amount, String basis, String decisionRef,
                                               LocalDate decidedOn) implements PlatformEvent {
}
