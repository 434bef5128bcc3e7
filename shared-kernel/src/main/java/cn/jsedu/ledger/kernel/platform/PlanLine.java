package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

/**
 * One line of a funding plan: planned investment from a source (and, for ENTERPRISE, a named party) in a
 * calendar year. {@code partyId} is null for sources other than ENTERPRISE unless a party is named.
 */
public record PlanLine(FundingSource source, String partyId, int year, Money amount) {
}
