package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sets (or revises, with a reason) the platform's indicator targets (任务书). */
public record SetTaskBookCommand(@TargetAggregateIdentifier PlatformId platformId, List<IndicatorValue> targets,
                                 String reason, String decisionRef) {
}
