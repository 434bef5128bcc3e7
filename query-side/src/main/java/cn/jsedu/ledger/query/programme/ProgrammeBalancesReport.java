package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's money by funding source as of {@code asOf}, as known at {@code knownAt} (null: now), over the
 * platforms a {@link ProgrammeSelection} picks: each platform's balances (the fold a single platform's balances use),
 * added up per source over the selected platforms that were approved (or beyond) as known then ({@code platforms} of
 * them), and one page of the selected platforms with their own figures, by platform id.
 */
public record ProgrammeBalancesReport(String programmeId, LocalDate asOf, Instant knownAt, long platforms,
                                      List<BalancesView.SourceBalance> sources, FiguresView total, int page, int size,
                                      long totalRows, List<Row> rows) {

    /** One platform's figures by source, with its status and version as known at {@code knownAt}. */
    public record Row(String platformId, String title, String collegeName, String city, PlatformStatus status,
                      Integer batch, List<BalancesView.SourceBalance> sources, FiguresView total, long version) {
    }
}
