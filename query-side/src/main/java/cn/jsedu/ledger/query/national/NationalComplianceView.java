package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every platform of every province judged by the funding rules (docs/domain.md §1, §7, ComplianceRules), as of
 * {@code asOf} and as known at {@code knownAt}, one page ordered by province, then platform id; with every province's
 * staleness, since a row is only as current as its province's store. Each row is judged by its province's own rules
 * (its programme's parameters in force on {@code asOf} as known at {@code knownAt}), or by this side's configured
 * ones when its province's store records no such programme: {@code defaultMinimumTotal} and
 * {@code defaultMinimumEnterpriseShare} are those.
 */
public record NationalComplianceView(LocalDate asOf, Instant knownAt, String defaultMinimumTotal,
                                     String defaultMinimumEnterpriseShare,
                                     int page, int size, long total, List<Row> rows,
                                     List<ProvinceStaleness> provinces) {

    /**
     * One platform of one province: the same platform id in two provinces is two rows.
     *
     * @param status           the platform's status as known at knownAt
     * @param counted          it counts in the province's totals as in the provincial programme views: approved at
     *                         some point (suspended, accepted and terminated too), not declared only, not rejected
     * @param rules            whose rules judged it: its province's programme, or this side's configured defaults
     * @param minimumTotal     the minimum total investment it was judged by
     * @param minimumEnterpriseShare the minimum enterprise share it was judged by
     * @param actualTotal      what is in place: received less recovered
     * @param actualEnterprise the enterprises' money in place
     * @param stale            its province's store does not answer: the row is as of that province's last event
     */
    public record Row(String province, String platformId, String title, String collegeName, String programmeId,
                      PlatformStatus status, boolean counted, NationalQueries.RulesFrom rules, String minimumTotal,
                      String minimumEnterpriseShare, String plannedTotal,
                      String plannedEnterprise, boolean plannedTotalMet, boolean plannedShareMet, String actualTotal,
                      String actualEnterprise, BigDecimal actualEnterprisePercent, boolean actualShareMet,
                      String spent, boolean stale) {
    }
}
