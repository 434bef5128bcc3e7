package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.MoneyLimits;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

import java.util.List;
import java.util.Set;

/** The rules a funding plan must meet (docs/domain.md §1, §2, §4). */
final class FundingPlanPolicy {

    private FundingPlanPolicy() {
    }

    /** Every line is well formed; enterprise lines name a declared enterprise. */
    static void requireWellFormed(List<PlanLine> plan, Set<String> enterprisePartyIds) {
        if (plan == null || plan.isEmpty()) {
            throw new LedgerRuleException(ErrorCode.INVALID_PLAN, "plan", "the plan has no lines");
        }
        for (int i = 0; i < plan.size(); i++) {
            PlanLine line = plan.get(i);
            String at = "plan[" + i + "]";
            if (!MoneyLimits.isRecordable(line.amount())) {
                throw new LedgerRuleException(ErrorCode.AMOUNT_OUT_OF_RANGE, at + ".amount",
                        "a planned amount must be > 0 and ≤ " + MoneyLimits.MAX_RECORDED_AMOUNT);
            }
            if (line.source() == FundingSource.ENTERPRISE
                    && (line.partyId() == null || !enterprisePartyIds.contains(line.partyId()))) {
                throw new LedgerRuleException(ErrorCode.INVALID_PARTY, at + ".partyId",
                        "an ENTERPRISE plan line must name one of the platform's enterprises");
            }
        }
    }

    /** The plan meets the minimum total and the minimum enterprise share, decided in exact integers. */
    static void requireMeetsProgramme(List<PlanLine> plan, ProgrammeParameters parameters) {
        Money total = PlanLine.total(plan);
        Money enterprise = PlanLine.total(plan, FundingSource.ENTERPRISE);
        if (total.isLessThan(parameters.minimumTotalInvestment())) {
            throw new LedgerRuleException(ErrorCode.PLAN_BELOW_MINIMUM_TOTAL, "plan",
                    "planned total " + total + " is below the minimum " + parameters.minimumTotalInvestment());
        }
        if (!parameters.minimumEnterpriseShare().isMetBy(enterprise, total)) {
            throw new LedgerRuleException(ErrorCode.ENTERPRISE_SHARE_NOT_MET, "plan",
                    "planned enterprise investment " + enterprise + " is less than "
                            + parameters.minimumEnterpriseShare() + " of the planned total " + total);
        }
    }
}
