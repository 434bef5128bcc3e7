package cn.jsedu.ledger.query.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * A platform's findings, and as warnings those past their deadline without a rectification (as of {@code today}).
 * {@code open} counts the findings not closed: any of them blocks the acceptance request.
 */
public record FindingsView(String platformId, LocalDate today, int open, List<FindingView> findings,
                           List<Warning> warnings) {

    /** An open finding past its deadline. */
    public record Warning(String platformId, String findingId, LocalDate deadline, long daysOverdue, String message) {

        static Warning of(FindingView finding, LocalDate today) {
            long days = finding.deadline().until(today, java.time.temporal.ChronoUnit.DAYS);
            return new Warning(finding.platformId(), finding.findingId(), finding.deadline(), days,
                    "审计发现 " + finding.findingId() + " 整改逾期 " + days + " 天（期限 " + finding.deadline() + "）");
        }
    }
}
