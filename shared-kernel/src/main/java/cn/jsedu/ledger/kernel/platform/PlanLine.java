package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.util.Collection;

/**
 * One line of a funding plan: planned investment from a source (and, for ENTERPRISE, a named party) in a
 * calendar year. {@code partyId} is null for sources other than ENTERPRISE unless a party is named.
 */
public record PlanLine(FundingSource source, String partyId, int year, Money amount) {

    /** The planned total of {@code plan}, every source and year. */
    public static Money total(Collection<PlanLine> plan) {
        return plan.stream().map(PlanLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The planned total of one {@code source} in {@code plan}. */
    public static Money total(Collection<PlanLine> plan, FundingSource source) {
        return plan.stream().filter(l -> l.source() == source).map(PlanLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
