package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters one rule change sets, each null when the change leaves it as it is (docs/domain.md §9 "Rules as
 * events"). Names and meanings are those of {@link ProgrammeParameters}; {@link ProgrammeParameters#with} applies a
 * change.
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
                               Integer settlementMonthsAfterEnd) {

    /** A change that changes nothing. */
    public static final ParameterChanges NONE = new ParameterChanges(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

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
        List<String> names = new ArrayList<>();
        add(names, minimumTotalInvestment, "minimumTotalInvestment");
        add(names, minimumEnterpriseShare, "minimumEnterpriseShare");
        add(names, constructionYears, "constructionYears");
        add(names, batchStartYears, "batchStartYears");
        add(names, acceptanceFrom, "acceptanceFrom");
        add(names, targetPlatformCount, "targetPlatformCount");
        add(names, workstationShare, "workstationShare");
        add(names, mandatoryTasks, "mandatoryTasks");
        add(names, optionalTasks, "optionalTasks");
        add(names, reportDueDays, "reportDueDays");
        add(names, arrivalTolerancePercent, "arrivalTolerancePercent");
        add(names, readinessWindowDays, "readinessWindowDays");
        add(names, datesMonthsBeforeStart, "datesMonthsBeforeStart");
        add(names, settlementMonthsAfterEnd, "settlementMonthsAfterEnd");
        return names;
    }

    private static void add(List<String> names, Object value, String name) {
        if (value != null) {
            names.add(name);
        }
    }
}
