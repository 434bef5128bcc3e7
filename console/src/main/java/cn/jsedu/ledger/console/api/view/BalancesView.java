package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/balances}: per source and enterprise party, and in total. */
public record BalancesView(String platformId, LocalDate asOf, Instant knownAt, long version,
                           List<SourceBalance> sources, List<PartyBalance> enterpriseParties, FiguresView total) {

    public record SourceBalance(FundingSource source, String sourceName, FiguresView figures) {
    }

    public record PartyBalance(String partyId, String name, FiguresView figures) {
    }
}
