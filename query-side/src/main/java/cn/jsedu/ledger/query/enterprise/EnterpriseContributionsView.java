package cn.jsedu.ledger.query.enterprise;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;

import java.time.LocalDate;
import java.util.List;

/**
 * Per enterprise of a platform: what it pledged in its agreements, what was recorded as contributed in its name (in
 * force, after corrections), and how much of that it confirmed or disputes (docs/domain.md §8, ADR 0022).
 */
public record EnterpriseContributionsView(String platformId, long version, List<Enterprise> enterprises) {

    /**
     * @param unconfirmed contributed money its enterprise has not answered for at the amount in force
     */
    public record Enterprise(String partyId, String name, String creditCode, Money pledged, Money contributed,
                             Money confirmed, Money disputed, Money unconfirmed, List<Line> contributions) {
    }

    /**
     * One contribution with the enterprise's answer; {@code reason} is a dispute's. {@code voucherRef} is the voucher
     * the college recorded with it, which is what an enterprise checks its own books against before it answers.
     */
    public record Line(String entryId, LocalDate effectiveDate, Money amount, String voucherRef,
                       ContributionConfirmations.State state, String reason, List<String> eventIds) {
    }
}
