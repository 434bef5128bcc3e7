package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.programme.DateWindow;

import java.time.Clock;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.unused;
import static cn.jsedu.ledger.command.platform.PlatformGuards.within;

/** The rules a performance decision meets, when proposed and again when approved (docs/domain.md §4, ADR 0007). */
final class DecisionPolicy {

    private DecisionPolicy() {
    }

    /**
     * @param decisionIds       the decisions already recorded on the platform
     * @param plannedProvincial the planned provincial funds a reduction may take away at most
     * @param dates             the window of the decision's date
     */
    static void check(ProposedDecision d, PlatformStatus status, Set<String> decisionIds, Money plannedProvincial,
                      DateWindow dates, Clock clock) {
        StatusGate.requireTransition(status, s -> s.acceptsDecision(d.type()),
                "a " + d.type() + " decision is not possible for this platform");
        unused(decisionIds, d.decisionId(), "decisionId");
        within(dates, d.decidedOn(), clock, "decidedOn");
        if (d.type().requiresAmount()) {
            PlatformGuards.recordable(d.amount(), "amount");
        } else if (d.amount() != null) {
            throw new LedgerRuleException(ErrorCode.DECISION_AMOUNT_INVALID, "amount",
                    "a " + d.type() + " decision carries no amount");
        }
        if (d.type() == DecisionType.REDUCE_SUPPORT && d.amount().isGreaterThan(plannedProvincial)) {
            throw new LedgerRuleException(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL, "amount",
                    "the reduction exceeds the planned provincial funds " + plannedProvincial);
        }
    }
}
