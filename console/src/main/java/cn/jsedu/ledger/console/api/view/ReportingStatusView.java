package cn.jsedu.ledger.console.api.view;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/reporting-status}: each half-year report, due or not. */
public record ReportingStatusView(String platformId, LocalDate asOf, long version, List<Period> periods) {

    public record Period(String period, LocalDate periodEnd, LocalDate due, String status, LocalDate firstSubmittedOn,
                         Integer latestVersion, String eventId) {
    }
}
