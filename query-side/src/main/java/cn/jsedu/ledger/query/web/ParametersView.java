package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.programme.BudgetTolerance;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/** The programme parameters in force (docs/domain.md §1), money as decimal strings, shares as fractions. */
public record ParametersView(String minimumTotalInvestment, String minimumEnterpriseShare, int constructionYears,
                             Map<Integer, Integer> batchStartYears, LocalDate acceptanceFrom, int platformsPerCollege,
                             int targetPlatformCount, String workstationShare, List<Integer> mandatoryTasks,
                             List<Integer> optionalTasks, List<String> reportPeriodEnds, int reportDueDays,
                             int arrivalTolerancePercent, int readinessWindowDays, int datesMonthsBeforeStart,
                             int settlementMonthsAfterEnd, int budgetTolerancePercent,
                             BudgetTolerance.Overrun budgetOverrun) {

    public static ParametersView of(ProgrammeParameters p) {
        return new ParametersView(p.minimumTotalInvestment().toString(), p.minimumEnterpriseShare().toString(),
                p.constructionYears(), p.batchStartYears(), p.acceptanceFrom(), p.platformsPerCollege(),
                p.targetPlatformCount(), p.workstationShare().toString(), p.mandatoryTasks(), p.optionalTasks(),
                p.reportPeriodEnds().stream().map(MonthDay::toString).map(s -> s.substring(2)).toList(),
                p.reportDueDays(), p.arrivalTolerancePercent(), p.readinessWindowDays(), p.datesMonthsBeforeStart(),
                p.settlementMonthsAfterEnd(), p.budgetTolerance().percent(), p.budgetTolerance().onOverrun());
    }
}
