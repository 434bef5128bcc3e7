package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Balances of one platform per funding source and per enterprise party, folded from its ledger lines and its
 * plan. Used for current balances, time travel and audit replay alike.
 */
public record Balances(Map<FundingSource, Figures> bySource, Map<String, Figures> byEnterpriseParty) {

    /**
     * @param plan                  the plan in force (as known at {@code knownAt})
     * @param provincialAdjustment  rewards less reductions of support, added to planned provincial funds
     */
    public static Balances of(Collection<LedgerLine> lines, List<PlanLine> plan, Money provincialAdjustment,
                              LocalDate asOf, Instant knownAt) {
        Map<FundingSource, Figures> bySource = new EnumMap<>(FundingSource.class);
        Map<String, Figures> byParty = new TreeMap<>();
        for (FundingSource source : FundingSource.values()) {
            bySource.put(source, Figures.NONE);
        }
        for (PlanLine line : plan) {
            bySource.merge(line.source(), Figures.NONE.withPlanned(line.amount()), Figures::plus);
            if (line.source() == FundingSource.ENTERPRISE && line.partyId() != null) {
                byParty.merge(line.partyId(), Figures.NONE.withPlanned(line.amount()), Figures::plus);
            }
        }
        bySource.merge(FundingSource.PROVINCIAL_FINANCE, Figures.NONE.withPlanned(provincialAdjustment), Figures::plus);
        for (LedgerLine line : lines) {
            if (!line.counts(asOf, knownAt)) {
                continue;
            }
            bySource.merge(line.source(), Figures.NONE.plus(line), Figures::plus);
            if (line.source() == FundingSource.ENTERPRISE && line.partyId() != null) {
                byParty.merge(line.partyId(), Figures.NONE.plus(line), Figures::plus);
            }
        }
        return new Balances(bySource, byParty);
    }

    public Figures total() {
        return bySource.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    public Figures of(FundingSource source) {
        return bySource.getOrDefault(source, Figures.NONE);
    }
}
