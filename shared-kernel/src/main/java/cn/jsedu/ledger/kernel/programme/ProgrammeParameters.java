package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The programme parameters in force (docs/domain.md §1). Their defaults are the plan's and live in one place,
 * {@code programme-defaults.properties} of this module; both sides read them through {@link #from}, so the
 * command side enforces exactly what the query side shows.
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

    public ProgrammeParameters {
        if (!minimumTotalInvestment.isPositive() || constructionYears <= 0 || reportDueDays < 0
                || arrivalTolerancePercent < 0 || arrivalTolerancePercent > 100 || readinessWindowDays < 0
                || datesMonthsBeforeStart < 0 || settlementMonthsAfterEnd < 0 || batchStartYears.isEmpty()
                || budgetTolerance == null) {
            throw new IllegalArgumentException("programme parameters out of range");
        }
        if (platformsPerCollege != 1) {
            // The one-platform-per-college rule is enforced by a unique constraint, which can only say "one".
            throw new IllegalArgumentException("platforms-per-college must be 1: the plan says 每校限报1个");
        }
        batchStartYears = Map.copyOf(batchStartYears);
        mandatoryTasks = List.copyOf(mandatoryTasks);
        optionalTasks = List.copyOf(optionalTasks);
        reportPeriodEnds = List.copyOf(reportPeriodEnds);
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
