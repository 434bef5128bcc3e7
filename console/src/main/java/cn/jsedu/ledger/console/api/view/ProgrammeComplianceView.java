package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/programme/compliance}: programme totals and a page of platform rows. */
public record ProgrammeComplianceView(LocalDate asOf, String minimumTotal, String minimumEnterpriseShare,
                                      Totals totals, int page, int size, long totalRows, List<Row> rows) {

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
