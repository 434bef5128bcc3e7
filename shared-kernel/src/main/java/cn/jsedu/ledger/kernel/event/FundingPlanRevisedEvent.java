package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.serialization.Revision;

import java.util.List;

/** 预算调整: a new version of the funding plan replaces the one in force. */
@Revision("1")
public record FundingPlanRevisedEvent(String platformId, int planVersion, List<PlanLine> plan, String reason,
                                      String decisionRef) implements PlatformEvent {
}
