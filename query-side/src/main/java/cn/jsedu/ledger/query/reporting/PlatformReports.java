package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a platform reported and was asked for: every report version, its indicator actuals, the task book
 * targets in force and the signed agreements. Views "as of" a date take what was submitted by then.
 */
public record PlatformReports(List<Report> reports, List<Actual> actuals, List<Target> targets, List<String> agreementEvents) {

    public static final PlatformReports NONE = new PlatformReports(List.of(), List.of(), List.of(), List.of());

    public record Report(ReportingPeriod period, int version, LocalDate submittedOn, int workstationsTotal,
                         int workstationsOffered, long trainingPersonTimes, long studentPracticeHours, String eventId) {
    }

    public record Actual(ReportingPeriod period, int version, String code, String value, long valueLong, String eventId) {
    }

    public record Target(String code, int task, IndicatorUnit unit, String target, long targetValue, String eventId) {
    }

    /** Per period, the latest version submitted on or before {@code asOf}. */
    public Map<ReportingPeriod, Report> latestBy(LocalDate asOf) {
        Map<ReportingPeriod, Report> latest = new TreeMap<>();
        reports.stream().filter(r -> !r.submittedOn().isAfter(asOf))
                .forEach(r -> latest.merge(r.period(), r, (a, b) -> a.version() >= b.version() ? a : b));
        return latest;
    }

    /** Per period, the first submission on or before {@code asOf} (decides on time or late). */
    public Optional<Report> firstSubmission(ReportingPeriod period, LocalDate asOf) {
        return reports.stream().filter(r -> r.period().equals(period) && !r.submittedOn().isAfter(asOf))
                .min(Comparator.comparingInt(Report::version));
    }

    /** Per indicator, the actual of the latest period reporting it, from the report versions in force at asOf. */
    public Map<String, Actual> latestActuals(LocalDate asOf) {
        Map<ReportingPeriod, Report> inForce = latestBy(asOf);
        Map<String, Actual> latest = new LinkedHashMap<>();
        actuals.stream()
                .filter(a -> inForce.containsKey(a.period()) && inForce.get(a.period()).version() == a.version())
                .sorted(Comparator.comparing(Actual::period))
                .forEach(a -> latest.put(a.code(), a));
        return latest;
    }
}
