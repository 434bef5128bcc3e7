package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The cash figures of a period (a year or a half-year) per funding source and in total: the opening balance (cash
 * at the end of the day before {@code from}), what was received, spent and recovered in the period, and the closing
 * balance, which is carried over (结转) as the next period's opening. Non-cash receipts are shown but never spendable.
 */
public record PeriodFiguresView(String platformId, String period, LocalDate from, LocalDate to, Instant knownAt,
                                List<Source> bySource, Figures total) {

    public record Figures(Money opening, Money receivedCash, Money receivedNonCash, Money spent, Money recovered,
                          Money closing) {

        static final Figures NONE = new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        Figures plus(Figures o) {
            return new Figures(opening.plus(o.opening), receivedCash.plus(o.receivedCash),
                    receivedNonCash.plus(o.receivedNonCash), spent.plus(o.spent), recovered.plus(o.recovered),
                    closing.plus(o.closing));
        }
    }

    public record Source(FundingSource source, String sourceName, Figures figures) {
    }
}
