package cn.jsedu.ledger.kernel.report;

import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.indicator.Indicator;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;

import java.time.LocalDate;
import java.util.ArrayList;
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

    public PlatformReports {
        reports = List.copyOf(reports);
        actuals = List.copyOf(actuals);
        targets = List.copyOf(targets);
        agreementEvents = List.copyOf(agreementEvents);
    }

    public static final PlatformReports NONE = new PlatformReports(List.of(), List.of(), List.of(), List.of());

    public record Report(ReportingPeriod period, int version, LocalDate submittedOn, int workstationsTotal,
                         int workstationsOffered, long trainingPersonTimes, long studentPracticeHours, String eventId) {
    }

    public record Actual(ReportingPeriod period, int version, String code, String value, long valueLong, String eventId) {
    }

    public record Target(String code, int task, IndicatorUnit unit, String target, long targetValue, String eventId) {
    }

    // --- folds from events: the platform aggregate keeps its reports this way (the query side keeps the same facts in
    // tables, written from the same events with the same unit parsing) ---

    /** A task book replaces the targets in force. */
    public PlatformReports withTaskBook(TaskBookSetEvent e, String eventId) {
        List<Target> next = e.targets().stream().map(t -> {
            Indicator indicator = indicator(t.code());
            return new Target(t.code(), indicator.task(), indicator.unit(), t.value(), indicator.unit().parse(t.value()),
                    eventId);
        }).toList();
        return new PlatformReports(reports, actuals, next, agreementEvents);
    }

    /** A report (a new version of its period) with its indicator actuals. */
    public PlatformReports withReport(PeriodicReportSubmittedEvent e, String eventId) {
        ReportingPeriod period = ReportingPeriod.parse(e.period());
        List<Report> nextReports = new ArrayList<>(reports);
        nextReports.add(new Report(period, e.reportVersion(), e.submittedOn(), e.usage().workstationsTotal(),
                e.usage().workstationsOffered(), e.usage().trainingPersonTimes(), e.usage().studentPracticeHours(),
                eventId));
        List<Actual> nextActuals = new ArrayList<>(actuals);
        e.indicators().forEach(a -> nextActuals.add(new Actual(period, e.reportVersion(), a.code(), a.value(),
                indicator(a.code()).unit().parse(a.value()), eventId)));
        return new PlatformReports(nextReports, nextActuals, targets, agreementEvents);
    }

    /** A signed co-construction agreement. */
    public PlatformReports withAgreement(String eventId) {
        List<String> next = new ArrayList<>(agreementEvents);
        next.add(eventId);
        return new PlatformReports(reports, actuals, targets, next);
    }

    private static Indicator indicator(String code) {
        return IndicatorCatalogue.get().find(code)
                .orElseThrow(() -> new IllegalStateException("indicator " + code + " is not in the catalogue"));
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
