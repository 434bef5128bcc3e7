package cn.jsedu.ledger.kernel.report;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reporting status of every period of a construction period, as of a date (docs/domain.md §6). */
public final class ReportingStatus {

    private ReportingStatus() {
    }

    public static List<PeriodStatus> of(LocalDate constructionStart, LocalDate constructionEnd, PlatformReports reports,
                                        LocalDate asOf, ProgrammeParameters p) {
        List<PeriodStatus> statuses = new ArrayList<>();
        if (constructionStart == null) {
            return statuses;
        }
        for (ReportingPeriod period : ReportingPeriod.covering(constructionStart, constructionEnd, p.reportPeriodEnds())) {
            LocalDate due = period.due(p.reportPeriodEnds(), p.reportDueDays());
            Optional<PlatformReports.Report> first = reports.firstSubmission(period, asOf);
            PlatformReports.Report latest = reports.latestBy(asOf).get(period);
            String status = first.isPresent() ? (first.get().submittedOn().isAfter(due) ? "LATE" : "SUBMITTED_ON_TIME")
                    : due.isBefore(asOf) ? "OVERDUE" : "NOT_YET_DUE";
            statuses.add(new PeriodStatus(period.toString(), period.end(p.reportPeriodEnds()), due, status,
                    first.map(PlatformReports.Report::submittedOn).orElse(null),
                    latest == null ? null : latest.version(), latest == null ? null : latest.eventId()));
        }
        return statuses;
    }
}
