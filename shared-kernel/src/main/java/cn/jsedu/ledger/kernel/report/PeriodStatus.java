package cn.jsedu.ledger.kernel.report;

import java.time.LocalDate;

/**
 * One reporting period of a platform as of a date: SUBMITTED_ON_TIME (first submission by the due date), LATE
 * (submitted after it), OVERDUE (due date passed, nothing submitted) or NOT_YET_DUE.
 */
public record PeriodStatus(String period, LocalDate periodEnd, LocalDate due, String status, LocalDate firstSubmittedOn,
                           Integer latestVersion, String eventId) {

    // Not named isOverdue/isDue: Jackson would take them for properties, and "due" would leave the API as a boolean
    // instead of the due date.

    public boolean overdue() {
        return "OVERDUE".equals(status);
    }

    public boolean hasFallenDue() {
        return !"NOT_YET_DUE".equals(status);
    }
}
