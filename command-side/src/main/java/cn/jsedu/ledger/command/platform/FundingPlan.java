package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;

import java.util.List;

/**
 * The funding plan in force: its lines, its version (0 as declared or approved, then one per revision) and the
 * provincial adjustment of the performance decisions taken since ({@link DecisionType#provincialEffect}).
 */
record FundingPlan(List<PlanLine> lines, int version, Money provincialAdjustment) {

    static FundingPlan of(List<PlanLine> lines) {
        return new FundingPlan(lines, 0, Money.ZERO);
    }

    /** The approved plan replaces the declared one; nothing was decided on it yet. */
    FundingPlan approvedAs(List<PlanLine> approved) {
        return new FundingPlan(approved, version, provincialAdjustment);
    }

    FundingPlan revisedTo(List<PlanLine> revised, int revisedVersion) {
        return new FundingPlan(revised, revisedVersion, provincialAdjustment);
    }

    FundingPlan adjustedBy(Money provincialEffect) {
        return new FundingPlan(lines, version, provincialAdjustment.plus(provincialEffect));
    }

    /** The planned provincial funds: the plan's provincial lines plus rewards, less reductions of support. */
    Money plannedProvincial() {
        return PlanLine.total(lines, FundingSource.PROVINCIAL_FINANCE).plus(provincialAdjustment);
    }
}
