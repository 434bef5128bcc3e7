package cn.jsedu.ledger.query.compliance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.programme.FundingRules;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The funding rules of docs/domain.md §1, §7 as pure functions, decided in exact integers. Both the per-platform
 * compliance and the programme table use these, so a platform is judged the same way everywhere.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static boolean totalMet(Money total, ProgrammeParameters p) {
        return FundingRules.totalMet(total, p);
    }

    /**
     * The finding {@code ACTUAL_TOTAL_BELOW_MINIMUM}: the construction period is over (as of {@code asOf}) and the
     * money in place is below the minimum total investment. One rule for the platform's compliance and the
     * programme's rows.
     */
    public static boolean actualTotalBelowMinimum(Money actualTotal, LocalDate constructionEnd, LocalDate asOf,
                                                  ProgrammeParameters p) {
        return !totalMet(actualTotal, p) && constructionEnd != null && !asOf.isBefore(constructionEnd);
    }

    public static boolean shareMet(Money enterprise, Money total, ProgrammeParameters p) {
        return FundingRules.shareMet(enterprise, total, p);
    }

    /** Share of the construction period elapsed on {@code asOf}, as days elapsed and days in the period. */
    public record Elapsed(long days, long periodDays) {

        public BigDecimal percent() {
            return periodDays == 0 ? null : Share.percent(days, periodDays);
        }
    }

    public static Elapsed elapsed(LocalDate start, LocalDate end, LocalDate asOf) {
        long period = ChronoUnit.DAYS.between(start, end);
        long days = Math.max(0, Math.min(period, ChronoUnit.DAYS.between(start, asOf)));
        return new Elapsed(days, period);
    }

    /**
     * Arrival is behind schedule when received / planned is below elapsed / period by more than the tolerance
     * (percentage points): {@code received·100·period < (elapsed·100 − tolerance·period)·planned}, in integers.
     */
    public static boolean arrivalBehind(Money received, Money planned, Elapsed elapsed, ProgrammeParameters p) {
        if (!planned.isPositive() || elapsed.periodDays() == 0) {
            return false;
        }
        BigInteger period = BigInteger.valueOf(elapsed.periodDays());
        BigInteger left = BigInteger.valueOf(received.fen()).multiply(BigInteger.valueOf(100)).multiply(period);
        BigInteger threshold = BigInteger.valueOf(elapsed.days()).multiply(BigInteger.valueOf(100))
                .subtract(BigInteger.valueOf(p.arrivalTolerancePercent()).multiply(period));
        return left.compareTo(threshold.multiply(BigInteger.valueOf(planned.fen()))) < 0;
    }

    /**
     * Provincial money to be returned: all unspent provincial cash of a terminated platform; otherwise what was
     * received beyond the (reduced) provincial plan, as far as it is still unspent.
     */
    public static Money recoveryDue(boolean terminated, Money provincialNetReceived, Money plannedProvincial,
                                    Money provincialCashBalance) {
        if (terminated) {
            return Money.max(Money.ZERO, provincialCashBalance);
        }
        Money excess = provincialNetReceived.minus(plannedProvincial);
        return excess.isPositive() ? Money.max(Money.ZERO, Money.min(excess, provincialCashBalance)) : Money.ZERO;
    }

    public static BigDecimal percent(Money part, Money whole) {
        return FundingRules.percent(part, whole);
    }
}
