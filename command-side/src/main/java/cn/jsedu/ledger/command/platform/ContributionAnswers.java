package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;

/**
 * Who may confirm or dispute an enterprise contribution, and when (docs/domain.md §8, ADR 0022): only the enterprise
 * the contribution names, through a representative bound to that enterprise's credit code; only a contribution in
 * force (not voided); not the same answer twice for the same amount.
 */
final class ContributionAnswers {

    private ContributionAnswers() {
    }

    static ContributionConfirmations.Contribution answerable(ContributionConfirmations contributions, Parties parties,
                                                             String entryId, String creditCode,
                                                             ContributionConfirmations.State answer) {
        ContributionConfirmations.Contribution c = contributions.find(entryId).orElseThrow(() ->
                new LedgerRuleException(ErrorCode.NOT_A_CONTRIBUTION, "entryId",
                        entryId + " is not an enterprise contribution of this platform"));
        String named = parties.creditCodeOf(c.partyId());
        if (creditCode == null || !creditCode.equals(named)) {
            throw new LedgerRuleException(ErrorCode.NOT_CONTRIBUTING_ENTERPRISE, "entryId",
                    "contribution " + entryId + " was recorded in another enterprise's name");
        }
        if (!c.amount().isPositive()) {
            throw new LedgerRuleException(ErrorCode.NOT_A_CONTRIBUTION, "entryId",
                    "contribution " + entryId + " was voided by a correction");
        }
        if (c.state() == answer) {
            throw new LedgerRuleException(ErrorCode.CONTRIBUTION_ALREADY_ANSWERED, "entryId",
                    "contribution " + entryId + " is already " + answer + " at " + c.amount());
        }
        return c;
    }
}
