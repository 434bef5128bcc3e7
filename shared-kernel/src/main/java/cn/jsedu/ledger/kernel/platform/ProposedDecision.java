package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/** A performance decision as proposed; {@code amount} is null for the types that carry none. */
public record ProposedDecision(String decisionId, DecisionType type, Money amount, String basis, String decisionRef,
                               LocalDate decidedOn) {
}
