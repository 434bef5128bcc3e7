package cn.jsedu.ledger.kernel.money;

/**
 * Limits on one recorded amount (docs/domain.md §2): strictly positive and at most 10,000,000,000.00 CNY.
 */
public final class MoneyLimits {

    public static final Money MAX_RECORDED_AMOUNT = Money.ofYuan(10_000_000_000L);

    private MoneyLimits() {
    }

    /** True iff {@code amount} may be recorded as one installment, contribution, expenditure, ... */
    public static boolean isRecordable(Money amount) {
        return amount != null && amount.isPositive() && !amount.isGreaterThan(MAX_RECORDED_AMOUNT);
    }

    /** A corrected amount may also be zero (it voids the original entry). */
    public static boolean isCorrectable(Money amount) {
        return amount != null && !amount.isNegative() && !amount.isGreaterThan(MAX_RECORDED_AMOUNT);
    }
}
