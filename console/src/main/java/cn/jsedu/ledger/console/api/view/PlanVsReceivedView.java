package cn.jsedu.ledger.console.api.view;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/plan-vs-received}: cumulated figures per half-year. */
public record PlanVsReceivedView(String platformId, LocalDate asOf, long version, List<HalfYearFigures> points) {

    /** Cumulated at the half-year's end; {@code received} before recoveries, {@code netReceived} in place. */
    public record HalfYearFigures(String period, String planned, String received, String spent, String recovered,
                                  String netReceived) {
    }
}
