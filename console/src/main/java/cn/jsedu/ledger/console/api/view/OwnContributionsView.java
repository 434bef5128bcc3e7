package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/v1/me/enterprise-contributions: what an enterprise representative answers for, per platform where its
 * enterprise is a party: its own enterprise's pledged, contributed, confirmed, disputed and unconfirmed money and
 * each contribution with the voucher the college recorded.
 */
public record OwnContributionsView(String enterprise, List<Platform> platforms) {

    public record Platform(String platformId, String title, String collegeName, long version, Enterprise contributions) {
    }

    public record Enterprise(String partyId, String name, String creditCode, String pledged, String contributed,
                             String confirmed, String disputed, String unconfirmed, List<Line> contributions) {
    }

    public record Line(String entryId, LocalDate effectiveDate, String amount, String voucherRef,
                       ContributionConfirmations.State state, String reason) {

        /** Only a contribution its enterprise has not answered at the amount in force can be answered. */
        public boolean answerable() {
            return state == ContributionConfirmations.State.UNCONFIRMED;
        }
    }
}
