package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.Map;

/**
 * The programme's money by funding source: every counted platform's balances (the same {@link Balances} fold the
 * platform's balances use) added up. Counted as in the programme compliance totals: approved or beyond, not
 * rejected. One read of each platform's lines: fine for a province's ~30 platforms; a national programme would
 * keep running totals per source in the projection instead.
 */
@Service
public class ProgrammeSourceTotals {

    private static final int CHUNK = 500;

    private final PlatformQueries platforms;
    private final BalanceQueries balances;

    public ProgrammeSourceTotals(PlatformQueries platforms, BalanceQueries balances) {
        this.platforms = platforms;
        this.balances = balances;
    }

    /** The programme's money as of today, as known now. */
    public ProgrammeSourcesView view(String programmeId) {
        Map<FundingSource, Figures> totals = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            totals.put(source, Figures.NONE);
        }
        long counted = 0;
        for (int page = 0; ; page++) {
            var rows = platforms.list(PlatformQueries.Filter.programme(programmeId), page, CHUNK).rows();
            for (PlatformRow row : rows) {
                if (!row.status().wasApproved()) {
                    continue;
                }
                counted++;
                BalanceQueries.Inputs in = balances.inputs(row, null);
                Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), null, null).bySource()
                        .forEach((source, figures) -> totals.merge(source, figures, Figures::plus));
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        Figures total = totals.values().stream().reduce(Figures.NONE, Figures::plus);
        return new ProgrammeSourcesView(counted, totals.entrySet().stream()
                .map(e -> new BalancesView.SourceBalance(e.getKey(), e.getKey().chineseName(), FiguresView.of(e.getValue())))
                .toList(), FiguresView.of(total));
    }
}
