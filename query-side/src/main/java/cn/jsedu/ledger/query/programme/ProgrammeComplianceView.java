package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Funding compliance of the whole programme, with one row per platform (a page of them). */
public record ProgrammeComplianceView(LocalDate asOf, String minimumTotal, String minimumEnterpriseShare,
                                      Totals totals, int page, int size, long totalRows, List<Row> rows) {

    /** Programme-wide sums over platforms that are approved (or beyond), and how many meet each rule. */
    public record Totals(long platforms, String plannedTotal, String plannedEnterprise, BigDecimal plannedEnterprisePercent,
                         boolean plannedEnterpriseShareMet, String actualTotal, String actualEnterprise,
                         BigDecimal actualEnterprisePercent, boolean actualEnterpriseShareMet,
                         long meetingPlannedTotal, long meetingPlannedShare, long meetingActualShare) {
    }

    public record Row(String platformId, String title, String collegeName, PlatformStatus status, Integer batch,
                      String plannedTotal, String plannedEnterprise, boolean plannedTotalMet,
                      boolean plannedEnterpriseShareMet, String actualTotal, String actualEnterprise,
                      BigDecimal actualEnterprisePercent, boolean actualEnterpriseShareMet, BigDecimal arrivalPercent,
                      boolean arrivalBehindSchedule, String recoveryDue, long version,
                      boolean actualTotalBelowMinimum, String collegeCity) {
    }
}
