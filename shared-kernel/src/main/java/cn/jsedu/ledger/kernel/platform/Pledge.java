package cn.jsedu.ledger.kernel.platform;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

/** What one party of an agreement pledges to put in. */
public record Pledge(String partyId, FundingSource source, ContributionForm form, Money amount) {
}
