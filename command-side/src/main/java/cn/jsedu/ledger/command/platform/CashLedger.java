package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cash of one platform per funding source, as net movements per effective date.
 *
 * <p>docs/domain.md §4: an expenditure (or a correction, or a recovery) is refused if it would make its source's
 * cash balance negative at its effective date <em>or at any later date</em>. A back-dated expenditure must not
 * consume money that later spending already used, so checking the balance on the day alone is not enough:
 * {@link #lowestBalanceFrom} looks at every day from then on. Non-cash contributions never enter here.
 */
final class CashLedger {

    private Map<FundingSource, TreeMap<LocalDate, Long>> movements = new EnumMap<>(FundingSource.class);

    void move(FundingSource source, LocalDate effectiveDate, Money delta) {
        if (!delta.isZero()) {
            movements.computeIfAbsent(source, s -> new TreeMap<>()).merge(effectiveDate, delta.fen(), Math::addExact);
        }
    }

    /** True iff applying {@code delta} on {@code effectiveDate} keeps the balance of every day ≥ 0. */
    boolean allows(FundingSource source, LocalDate effectiveDate, Money delta) {
        return !delta.isNegative() || !lowestBalanceFrom(source, effectiveDate).plus(delta).isNegative();
    }

    /** The lowest end-of-day cash balance of {@code source} on {@code from} and every later day. */
    Money lowestBalanceFrom(FundingSource source, LocalDate from) {
        TreeMap<LocalDate, Long> days = movements.get(source);
        if (days == null) {
            return Money.ZERO;
        }
        long running = 0;
        for (long delta : days.headMap(from, true).values()) {
            running = Math.addExact(running, delta);
        }
        long lowest = running;
        for (long delta : days.tailMap(from, false).values()) {
            running = Math.addExact(running, delta);
            lowest = Math.min(lowest, running);
        }
        return Money.ofFen(lowest);
    }
}
