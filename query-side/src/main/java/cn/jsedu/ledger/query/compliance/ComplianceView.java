package cn.jsedu.ledger.query.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Funding compliance of one platform (docs/domain.md §7). {@code ...Met} flags are decided in exact integers;
 * percentages are rounded half-up for display only.
 */
public record ComplianceView(String platformId, LocalDate asOf, Instant knownAt, long version, String status,
                             String minimumTotal, String minimumEnterpriseShare,
                             String plannedTotal, String plannedEnterprise, BigDecimal plannedEnterprisePercent,
                             boolean plannedTotalMet, boolean plannedEnterpriseShareMet,
                             String actualTotal, String actualEnterprise, BigDecimal actualEnterprisePercent,
                             boolean actualTotalMet, boolean actualEnterpriseShareMet,
                             BigDecimal elapsedPercent, BigDecimal arrivalPercent, boolean arrivalBehindSchedule,
                             String recoveryDue, List<Finding> findings) {
}
