package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * 任务书: the indicator targets of a platform, set at or after approval; a later version (with a reason and a
 * decision reference) replaces the targets. {@code catalogueVersion} names the catalogue the codes come from.
 */
@Revision("1")
public record TaskBookSetEvent(String platformId, int taskBookVersion, int catalogueVersion,
                               List<IndicatorValue> targets, String reason, String decisionRef)
        implements PlatformEvent {
}
