package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.balance.FiguresView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme's money by province, as of {@code asOf} and as known at {@code knownAt} (null: now): each province's
 * figures by funding source and in total, over its platforms that count as known then (approved at some point, as the
 * provincial programme views count: not declared only, not rejected), with how current they are.
 */
public record NationalTotalsView(LocalDate asOf, Instant knownAt, List<Province> provinces, FiguresView total) {

    /**
     * One province: its platforms counted and declared (by knownAt), its counted platforms' figures per source
     * (received, spent, ...) and its staleness.
     */
    public record Province(String province, ProvinceStaleness staleness, long platforms, long declared,
                           List<Source> bySource,
                           FiguresView total) {
    }

    public record Source(FundingSource source, String sourceName, FiguresView figures) {
    }
}
