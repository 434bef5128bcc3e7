package cn.jsedu.ledger.console.api.view;

import java.util.List;

/** The query API's {@code GET /api/v1/programme/sources}: the programme's money by funding source, and in total. */
public record ProgrammeSourcesView(long platforms, List<BalancesView.SourceBalance> sources, FiguresView total) {
}
