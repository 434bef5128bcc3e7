package cn.jsedu.ledger.kernel.platform;

import java.util.List;

/** A funding plan revision as proposed. */
public record ProposedPlanRevision(List<PlanLine> plan, String reason, String decisionRef) {
}
