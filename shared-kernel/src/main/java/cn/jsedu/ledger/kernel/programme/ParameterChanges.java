package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters one rule change sets, each null when the change leaves it as it is (docs/domain.md §9 "Rules as
 * events"). Names and meanings are those of {@link ProgrammeParameters}; {@link ProgrammeParameters#with} applies a
 * change. {@code budgetTolerancePercent} and {@code budgetOverrun} set the two parts of its {@code budgetTolerance}
 * (ADR 0020), each on its own.
 *
 * <p>Two parameters cannot change: {@code platformsPerCollege}, which a unique index holds at one, and
 * {@code reportPeriodEnds}, which name the half-years reports are filed under ("2020H1"): moving them would rename
 * every period already reported.
 */
public record ParameterChanges(Money minimumTotalInvestment,
                               Share minimumEnterpriseShare,
                               Integer constructionYears,
                               Map<Integer, Integer> batchStartYears,
                               LocalDate acceptanceFrom,
                               Integer targetPlatformCount,
                               Share workstationShare,
                               List<Integer> mandatoryTasks,
                               List<Integer> optionalTasks,
                               Integer reportDueDays,
                               Integer arrivalTolerancePercent,
                               Integer readinessWindowDays,
                               Integer datesMonthsBeforeStart,
                               Integer settlementMonthsAfterEnd,
                               Integer budgetTolerancePercent,
                               BudgetTolerance.Overrun budgetOverrun) {

    /** A change that changes nothing. */
    public static final ParameterChanges NONE = new ParameterChanges(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /**
     * A change that leaves the budget tolerance as it is: the parameters a change could set before the tolerance
     * became one (ADR 0020); changes stored then read the same way, the two tolerance fields absent.
     */
    public ParameterChanges(Money minimumTotalInvestment, Share minimumEnterpriseShare, Integer constructionYears,
                            Map<Integer, Integer> batchStartYears, LocalDate acceptanceFrom,
                            Integer targetPlatformCount, Share workstationShare, List<Integer> mandatoryTasks,
                            List<Integer> optionalTasks, Integer reportDueDays, Integer arrivalTolerancePercent,
                            Integer readinessWindowDays, Integer datesMonthsBeforeStart,
                            Integer settlementMonthsAfterEnd) {
        this(minimumTotalInvestment, minimumEnterpriseShare, constructionYears, batchStartYears, acceptanceFrom,
                targetPlatformCount, workstationShare, mandatoryTasks, optionalTasks, reportDueDays,
                arrivalTolerancePercent, readinessWindowDays, datesMonthsBeforeStart, settlementMonthsAfterEnd, null,
                null);
    }

    public ParameterChanges {
        batchStartYears = batchStartYears == null ? null : Collections.unmodifiableMap(new TreeMap<>(batchStartYears));
        mandatoryTasks = mandatoryTasks == null ? null : Collections.unmodifiableList(new ArrayList<>(mandatoryTasks));
        optionalTasks = optionalTasks == null ? null : Collections.unmodifiableList(new ArrayList<>(optionalTasks));
    }

    /** True when no parameter is set. */
    public boolean isEmpty() {
        return names().isEmpty();
    }

    /** The names of the parameters this change sets, in the order of {@link ProgrammeParameters}. */
    public List<String> names() {
        return List.copyOf(asMap().keySet());
    }

    /** The parameters this change sets with their new values, by name, in the order of {@link ProgrammeParameters}. */
    public Map<String, Object> asMap() {
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "minimumTotalInvestment", minimumTotalInvestment);
        put(set, "minimumEnterpriseShare", minimumEnterpriseShare);
        put(set, "constructionYears", constructionYears);
        put(set, "batchStartYears", batchStartYears);
        put(set, "acceptanceFrom", acceptanceFrom);
        put(set, "targetPlatformCount", targetPlatformCount);
        put(set, "workstationShare", workstationShare);
        put(set, "mandatoryTasks", mandatoryTasks);
        put(set, "optionalTasks", optionalTasks);
        put(set, "reportDueDays", reportDueDays);
        put(set, "arrivalTolerancePercent", arrivalTolerancePercent);
        put(set, "readinessWindowDays", readinessWindowDays);
        put(set, "datesMonthsBeforeStart", datesMonthsBeforeStart);
        put(set, "settlementMonthsAfterEnd", settlementMonthsAfterEnd);
        put(set, "budgetTolerancePercent", budgetTolerancePercent);
        put(set, "budgetOverrun", budgetOverrun);
        return set;
    }

    /** What the change sets, as people read it: "minimumEnterpriseShare 1/4, arrivalTolerancePercent 15". */
    public String describe() {
        return String.join(", ", asMap().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static void put(Map<String, Object> set, String name, Object value) {
        if (value != null) {
            set.put(name, value);
        }
    }
}
