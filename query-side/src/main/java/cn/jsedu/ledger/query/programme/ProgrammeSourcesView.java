package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;

import java.util.List;

/**
 * The programme's money by funding source, over the {@code platforms} counted (approved or beyond, not rejected):
 * each platform's balances as of today, as known now, added up per source, and their total.
 */
public record ProgrammeSourcesView(long platforms, List<BalancesView.SourceBalance> sources, FiguresView total) {
}
