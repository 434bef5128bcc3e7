package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Sets (or revises, with a reason) the platform's indicator targets (任务书). {@code budget}, if not null, declares
 * the platform's budget with the task book; once declared, only a plan revision changes it.
 */
public record SetTaskBookCommand(@TargetAggregateIdentifier PlatformId platformId, List<IndicatorValue> targets,
                                 String reason, String decisionRef, List<BudgetLine> budget) {

    /** A task book without a budget. */
    public SetTaskBookCommand(PlatformId platformId, List<IndicatorValue> targets, String reason, String decisionRef) {
        this(platformId, targets, reason, decisionRef, null);
    }
}
