package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One set of programme parameters (docs/domain.md §1): the rules a programme judges by from some effective date on.
 * Which set is in force on a day, as known at a time, is the programme's {@link ParameterTimeline}. The plan's defaults
 * live in one place, {@code programme-defaults.properties} of this module: they are the first parameter set of the
 * default programme, and what a new programme starts from. Every value is checked on construction
 * ({@link InvalidParameterException} names the parameter).
 */
public record ProgrammeParameters(Money minimumTotalInvestment,
                                  Share minimumEnterpriseShare,
                                  int constructionYears,
                                  Map<Integer, Integer> batchStartYears,
                                  LocalDate acceptanceFrom,
                                  int platformsPerCollege,
                                  int targetPlatformCount,
                                  Share workstationShare,
                                  List<Integer> mandatoryTasks,
                                  List<Integer> optionalTasks,
                                  List<MonthDay> reportPeriodEnds,
                                  int reportDueDays,
                                  int arrivalTolerancePercent,
                                  int readinessWindowDays,
                                  int datesMonthsBeforeStart,
                                  int settlementMonthsAfterEnd,
                                  BudgetTolerance budgetTolerance) {

    public static final String PREFIX = "ledger.programme.";
    public static final String DEFAULTS_RESOURCE = "programme-defaults.properties";
    /** The last day any query may name: four-digit years, as every export and ISO text prints them. */
    public static final LocalDate LAST_QUERY_DAY = LocalDate.of(9999, 12, 31);
    /** The plan's key tasks are numbered 1 to 8 (docs/domain.md §6). */
    public static final int TASKS = 8;
    /** Batch years, as plan lines are bounded. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_CONSTRUCTION_YEARS = 10;
    private static final int MAX_DAYS = 366;
    private static final int MAX_MONTHS = 120;

    public ProgrammeParameters {
        require(minimumTotalInvestment != null && minimumTotalInvestment.isPositive(), "minimumTotalInvestment",
                "the minimum total investment is more than 0");
        require(minimumEnterpriseShare != null && minimumEnterpriseShare.numerator() > 0, "minimumEnterpriseShare",
                "a share lies above 0 and at most 1");
        require(constructionYears >= 1 && constructionYears <= MAX_CONSTRUCTION_YEARS, "constructionYears",
                "a construction period lasts 1 to " + MAX_CONSTRUCTION_YEARS + " years");
        require(batchStartYears != null && !batchStartYears.isEmpty(), "batchStartYears", "a programme has batches");
        batchStartYears.forEach((batch, year) -> require(batch != null && batch >= 1 && year != null
                && year >= FIRST_YEAR && year <= LAST_YEAR, "batchStartYears",
                "batches are numbered from 1 and start in a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        require(acceptanceFrom != null, "acceptanceFrom", "acceptance opens on a day");
        if (platformsPerCollege != 1) {
            // The one-platform-per-college rule is enforced by a unique constraint, which can only say "one".
            throw new InvalidParameterException("platformsPerCollege",
                    "platforms-per-college must be 1: the plan says 每校限报1个");
        }
        require(targetPlatformCount >= 1, "targetPlatformCount", "a programme aims at 1 or more platforms");
        require(workstationShare != null && workstationShare.numerator() > 0, "workstationShare",
                "a share lies above 0 and at most 1");
        requireTasks(mandatoryTasks, optionalTasks);
        require(reportPeriodEnds != null && reportPeriodEnds.size() == 2
                && reportPeriodEnds.get(0).isBefore(reportPeriodEnds.get(1)), "reportPeriodEnds",
                "reports cover two half-years: two period ends in order");
        require(reportDueDays >= 0 && reportDueDays <= MAX_DAYS, "reportDueDays", "0 to " + MAX_DAYS + " days");
        require(arrivalTolerancePercent >= 0 && arrivalTolerancePercent <= 100, "arrivalTolerancePercent",
                "0 to 100 percentage points");
        require(readinessWindowDays >= 0 && readinessWindowDays <= MAX_DAYS, "readinessWindowDays",
                "0 to " + MAX_DAYS + " days");
        require(datesMonthsBeforeStart >= 0 && datesMonthsBeforeStart <= MAX_MONTHS, "datesMonthsBeforeStart",
                "0 to " + MAX_MONTHS + " months");
        require(settlementMonthsAfterEnd >= 0 && settlementMonthsAfterEnd <= MAX_MONTHS, "settlementMonthsAfterEnd",
                "0 to " + MAX_MONTHS + " months");
        require(budgetTolerance != null, "budgetTolerance", "a budget tolerance and what happens beyond it");
        batchStartYears = Collections.unmodifiableMap(new TreeMap<>(batchStartYears));
        mandatoryTasks = List.copyOf(mandatoryTasks);
        optionalTasks = List.copyOf(optionalTasks);
        reportPeriodEnds = List.copyOf(reportPeriodEnds);
    }

    /**
     * These parameters with {@code changes} applied: every parameter the change names takes its new value, the others
     * keep theirs. The result is checked like any parameter set ({@link InvalidParameterException}).
     */
    public ProgrammeParameters with(ParameterChanges changes) {
        return new ProgrammeParameters(
                or(changes.minimumTotalInvestment(), minimumTotalInvestment),
                or(changes.minimumEnterpriseShare(), minimumEnterpriseShare),
                or(changes.constructionYears(), constructionYears),
                or(changes.batchStartYears(), batchStartYears),
                or(changes.acceptanceFrom(), acceptanceFrom),
                platformsPerCollege,
                or(changes.targetPlatformCount(), targetPlatformCount),
                or(changes.workstationShare(), workstationShare),
                or(changes.mandatoryTasks(), mandatoryTasks),
                or(changes.optionalTasks(), optionalTasks),
                reportPeriodEnds,
                or(changes.reportDueDays(), reportDueDays),
                or(changes.arrivalTolerancePercent(), arrivalTolerancePercent),
                or(changes.readinessWindowDays(), readinessWindowDays),
                or(changes.datesMonthsBeforeStart(), datesMonthsBeforeStart),
                or(changes.settlementMonthsAfterEnd(), settlementMonthsAfterEnd),
                tolerance(or(changes.budgetTolerancePercent(), budgetTolerance.percent()),
                        or(changes.budgetOverrun(), budgetTolerance.onOverrun())));
    }

    /** A budget tolerance a change asks for, refused naming the parameter when it cannot be meant. */
    private static BudgetTolerance tolerance(int percent, BudgetTolerance.Overrun onOverrun) {
        require(percent >= 0 && percent <= 100, "budgetTolerancePercent", "a budget tolerance is 0 to 100 percent");
        return new BudgetTolerance(percent, onOverrun);
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }

    private static void require(boolean valid, String parameter, String message) {
        if (!valid) {
            throw new InvalidParameterException(parameter, message);
        }
    }

    /** The plan's tasks are numbered 1 to 8; each is mandatory or optional, never both. */
    private static void requireTasks(List<Integer> mandatory, List<Integer> optional) {
        require(mandatory != null && optional != null, "mandatoryTasks", "tasks are listed");
        Set<Integer> seen = new HashSet<>();
        for (Integer task : mandatory) {
            require(task != null && task >= 1 && task <= TASKS && seen.add(task), "mandatoryTasks",
                    "tasks are numbered 1 to " + TASKS + ", each listed once");
        }
        for (Integer task : optional) {
            require(task != null && task >= 1 && task <= TASKS && seen.add(task), "optionalTasks",
                    "tasks are numbered 1 to " + TASKS + ", each mandatory or optional, not both");
        }
    }

    /** The plan's defaults, from {@value #DEFAULTS_RESOURCE}. */
    public static ProgrammeParameters defaults() {
        Properties properties = defaultProperties();
        return from(properties::getProperty);
    }

    /** Reads every parameter through {@code lookup} (full key, e.g. {@code ledger.programme.report-due-days}). */
    public static ProgrammeParameters from(Function<String, String> lookup) {
        Function<String, String> get = key -> {
            String value = lookup.apply(PREFIX + key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("missing programme parameter " + PREFIX + key);
            }
            return value.trim();
        };
        return new ProgrammeParameters(
                Money.parse(get.apply("minimum-total-investment")),
                Share.parse(get.apply("minimum-enterprise-share")),
                Integer.parseInt(get.apply("construction-years")),
                batches(get.apply("batch-start-years")),
                LocalDate.parse(get.apply("acceptance-from")),
                Integer.parseInt(get.apply("platforms-per-college")),
                Integer.parseInt(get.apply("target-platform-count")),
                Share.parse(get.apply("workstation-share")),
                integers(get.apply("mandatory-tasks")),
                integers(get.apply("optional-tasks")),
                Arrays.stream(get.apply("report-period-ends").split(","))
                        .map(s -> MonthDay.parse("--" + s.trim())).sorted().toList(),
                Integer.parseInt(get.apply("report-due-days")),
                Integer.parseInt(get.apply("arrival-tolerance-percent")),
                Integer.parseInt(get.apply("readiness-window-days")),
                Integer.parseInt(get.apply("dates-months-before-construction-start")),
                Integer.parseInt(get.apply("settlement-months-after-construction-end")),
                new BudgetTolerance(Integer.parseInt(get.apply("budget-tolerance-percent")),
                        BudgetTolerance.Overrun.valueOf(get.apply("budget-overrun"))));
    }

    public static Properties defaultProperties() {
        Properties properties = new Properties();
        try (InputStream in = ProgrammeParameters.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The construction end of a platform that starts on {@code start}. */
    public LocalDate constructionEnd(LocalDate start) {
        return start.plusYears(constructionYears);
    }

    // --- date windows (docs/domain.md §4 "Dates"); a command's date is also never after today ---

    /**
     * Installments, enterprise contributions, expenditures and co-construction agreements of a platform built from
     * {@code start} to {@code end}: from {@link #datesMonthsBeforeStart} months before the start (money may arrive
     * and agreements be signed while construction is prepared) to the end.
     */
    public DateWindow entryWindow(LocalDate start, LocalDate end) {
        return new DateWindow("money entries and agreements of a platform built from " + start + " to " + end,
                start.minusMonths(datesMonthsBeforeStart), end);
    }

    /**
     * Recoveries and performance decisions: as {@link #entryWindow}, and {@link #settlementMonthsAfterEnd} months
     * after the end, while the platform is reviewed and its unspent money returned.
     */
    public DateWindow settlementWindow(LocalDate start, LocalDate end) {
        return new DateWindow("recoveries and decisions of a platform built from " + start + " to " + end,
                start.minusMonths(datesMonthsBeforeStart), end.plusMonths(settlementMonthsAfterEnd));
    }

    /**
     * Acceptance requests and reviews of a platform whose construction ends on {@code end}: from the start of its
     * readiness window (never before {@link #acceptanceFrom}) to {@link #settlementMonthsAfterEnd} months after the end.
     */
    public DateWindow acceptanceWindow(LocalDate end) {
        LocalDate first = end.minusDays(readinessWindowDays);
        return new DateWindow("acceptance of a platform whose construction ends " + end,
                acceptanceFrom.isAfter(first) ? acceptanceFrom : first, end.plusMonths(settlementMonthsAfterEnd));
    }

    /**
     * Every date of the programme, for a platform that has no construction period yet (agreements and a termination
     * before approval): from {@link #datesMonthsBeforeStart} months before the first batch's start year to the
     * settlement months after the last batch's construction ends.
     */
    public DateWindow programmeWindow() {
        int first = batchStartYears.values().stream().min(Integer::compare).orElseThrow();
        int last = batchStartYears.values().stream().max(Integer::compare).orElseThrow();
        return new DateWindow("the programme", LocalDate.of(first, 1, 1).minusMonths(datesMonthsBeforeStart),
                LocalDate.of(last + constructionYears, 12, 31).plusMonths(settlementMonthsAfterEnd));
    }

    /**
     * What a query's {@code asOf} or {@code knownAt} may name: from the programme's first day (nothing is dated
     * earlier) to {@link #LAST_QUERY_DAY} (any later "as of" is as of today, and beyond it dates stop being plain
     * ISO text).
     */
    public DateWindow queryWindow() {
        return new DateWindow("queries", programmeWindow().from(), LAST_QUERY_DAY);
    }

    public boolean isKnownBatch(int batch) {
        return batchStartYears.containsKey(batch);
    }

    private static Map<Integer, Integer> batches(String text) {
        Map<Integer, Integer> result = new TreeMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.trim().split(":");
            result.put(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
        return result;
    }

    private static List<Integer> integers(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).toList();
    }
}
