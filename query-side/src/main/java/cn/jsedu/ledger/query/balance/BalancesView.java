package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Fund balances of one platform (docs/domain.md §7) as of an effective date and as known at a recording time;
 * {@code version} is the platform's version as known at that time (the read model's latest when {@code knownAt} is
 * null), and party names are the names known then.
 */
public record BalancesView(String platformId, LocalDate asOf, Instant knownAt, long version,
                           List<SourceBalance> sources, List<PartyBalance> enterpriseParties, FiguresView total) {

    public record SourceBalance(FundingSource source, String sourceName, FiguresView figures) {
    }

    public record PartyBalance(String partyId, String name, FiguresView figures) {
    }
}
