package cn.jsedu.ledger.query.national;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every platform of every province judged by the funding rules (docs/domain.md §1, §7, ComplianceRules), as of
 * {@code asOf} and as known at {@code knownAt}, one page ordered by province, then platform id; with every province's
 * staleness, since a row is only as current as its province's store.
 */
public record NationalComplianceView(LocalDate asOf, Instant knownAt, String minimumTotal, String minimumEnterpriseShare,
                                     int page, int size, long total, List<Row> rows,
                                     List<ProvinceStaleness> provinces) {

    /**
     * One platform of one province: the same platform id in two provinces is two rows.
     *
     * @param actualTotal      what is in place: received less recovered
     * @param actualEnterprise the enterprises' money in place
     * @param stale            its province's store does not answer: the row is as of that province's last event
     */
    public record Row(String province, String platformId, String title, String collegeName, String plannedTotal,
                      String plannedEnterprise, boolean plannedTotalMet, boolean plannedShareMet, String actualTotal,
                      String actualEnterprise, BigDecimal actualEnterprisePercent, boolean actualShareMet,
                      String spent, boolean stale) {
    }
}
