package cn.jsedu.ledger.query.reporting;

import java.time.LocalDate;

/**
 * One reporting period of a platform as of a date: SUBMITTED_ON_TIME (first submission by the due date), LATE
 * (submitted after it), OVERDUE (due date passed, nothing submitted) or NOT_YET_DUE.
 */
public record PeriodStatus(String period, LocalDate periodEnd, LocalDate due, String status, LocalDate firstSubmittedOn,
                           Integer latestVersion, String eventId) {

    public boolean isMissing() {
        return "OVERDUE".equals(status);
    }

    public boolean isDue() {
        return !"NOT_YET_DUE".equals(status);
    }
}
