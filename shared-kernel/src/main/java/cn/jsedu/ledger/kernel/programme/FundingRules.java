package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.math.BigDecimal;

/**
 * The two funding rules of docs/domain.md §1 applied to money figures, decided in exact integers: the command side's
 * acceptance gate and the query side's compliance and readiness judge a platform with these same functions.
 */
public final class FundingRules {

    private FundingRules() {
    }

    /** The total meets the minimum investment per platform. */
    public static boolean totalMet(Money total, ProgrammeParameters p) {
        return !total.isLessThan(p.minimumTotalInvestment());
    }

    /** The enterprise part is at least the minimum share of the total ({@code 3 × enterprise ≥ total} by default). */
    public static boolean shareMet(Money enterprise, Money total, ProgrammeParameters p) {
        return p.minimumEnterpriseShare().isMetBy(enterprise, total);
    }

    /** {@code part} as a percentage of {@code whole} for display (half-up, 2 decimals); null for a zero whole. */
    public static BigDecimal percent(Money part, Money whole) {
        return whole.isZero() ? null : Share.percent(part.fen(), whole.fen());
    }
}
