package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A programme's compliance as of {@code asOf}, as known at {@code knownAt} (null: now), over the platforms a
 * {@link ProgrammeSelection} picks, judged by the parameters in force on {@code asOf} as known at {@code knownAt}
 * ({@code minimumTotal}, {@code minimumEnterpriseShare}, {@code arrivalTolerancePercent}). The totals cover every
 * selected platform that was approved (or beyond) as known then; {@code findings} counts the selected platforms with
 * each finding; the rows are one page of the selected platforms, by platform id.
 */
public record ProgrammeComplianceReport(String programmeId, LocalDate asOf, Instant knownAt, String minimumTotal,
                                        String minimumEnterpriseShare, int arrivalTolerancePercent, Totals totals,
                                        Map<String, Long> findings, int page, int size, long totalRows,
                                        List<Row> rows) {

    /** Sums over the counted platforms, and how many of them meet each rule. */
    public record Totals(long platforms, String plannedTotal, String plannedEnterprise,
                         BigDecimal plannedEnterprisePercent, String actualTotal, String actualEnterprise,
                         BigDecimal actualEnterprisePercent, long meetingPlannedTotal, long meetingPlannedShare,
                         long meetingActualShare, long arrivalBehindSchedule, String recoveryDue) {
    }

    /** One platform's verdict, with its status and version as known at {@code knownAt}. */
    public record Row(String platformId, String title, String collegeName, String city, PlatformStatus status,
                      Integer batch, String plannedTotal, String plannedEnterprise, boolean plannedTotalMet,
                      boolean plannedEnterpriseShareMet, String actualTotal, String actualEnterprise,
                      BigDecimal actualEnterprisePercent, boolean actualEnterpriseShareMet, BigDecimal arrivalPercent,
                      boolean arrivalBehindSchedule, String recoveryDue, List<String> findings, long version) {
    }
}
