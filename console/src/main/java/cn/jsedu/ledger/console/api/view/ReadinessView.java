package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/readiness}: the checklist and its verdict. */
public record ReadinessView(String platformId, LocalDate asOf, long version, PlatformStatus status,
                            AcceptanceResult acceptanceResult, String overall, List<Item> items) {

    public static final String READY = "READY";

    /**
     * One item: its code, whether it holds, the API's English phrases (not shown: the console writes its own words
     * from {@code figures}), the events behind it and its typed figures (null from an API that has none).
     */
    public record Item(String code, boolean met, String value, String threshold, List<String> evidence,
                       Figures figures) {
    }

    /**
     * The figures an item was decided from (the query API's {@code ReadinessFigures}): an item carries the members of
     * its code, the others are absent (null). Amounts are the API's decimal yuan strings.
     */
    public record Figures(LocalDate constructionEnd, LocalDate windowStart, String received, String minimumTotal,
                          String enterprise, BigDecimal enterprisePercent, Share minimumShare,
                          Integer reportsDue, Integer reportsSubmitted, List<String> missingPeriods,
                          List<Integer> mandatoryTasks, Integer mandatoryIndicators, Integer indicatorsMet,
                          List<String> unmetIndicators, List<WorkstationYear> workstationYears,
                          Integer agreementsSigned, PlatformStatus status, Integer contributionsDue,
                          Integer contributionsConfirmed, List<UnconfirmedContribution> unconfirmedContributions) {
    }

    /** A required share, {@code 1/3}. */
    public record Share(long numerator, long denominator) {

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }

    /** One complete year of the workstation share. */
    public record WorkstationYear(int year, long offered, long total, boolean met) {
    }

    /** A contribution its enterprise has not confirmed, and what it said ({@code UNCONFIRMED}, {@code DISPUTED}). */
    public record UnconfirmedContribution(String entryId, String state) {
    }

    public boolean ready() {
        return READY.equals(overall);
    }
}
