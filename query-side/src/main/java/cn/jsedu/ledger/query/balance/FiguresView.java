package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.query.ledger.Figures;

import java.math.BigDecimal;

/**
 * Money figures as the API shows them: decimal strings, and rates as display percentages. Two meanings of "received"
 * are told apart by name: {@code received} is what arrived (cash and appraised in kind) and {@code arrivalRate} its
 * share of the plan, both before recoveries, as before; {@code netReceived} is what is in place, received less
 * recovered (实际到位（扣除追回）, the figure compliance and readiness judge), and {@code netArrivalRate} its share of
 * the plan. The console, the exports and the dossier show the net figures as "received".
 */
public record FiguresView(String planned, String receivedCash, String receivedNonCash, String received,
                          String spent, String recovered, String cashBalance, BigDecimal arrivalRate,
                          String netReceived, BigDecimal netArrivalRate) {

    /** The figures with the net ones derived from {@code received} and {@code recovered}, as {@link #of} does. */
    public FiguresView(String planned, String receivedCash, String receivedNonCash, String received, String spent,
                       String recovered, String cashBalance, BigDecimal arrivalRate) {
        this(planned, receivedCash, receivedNonCash, received, spent, recovered, cashBalance, arrivalRate,
                Money.parse(received).minus(Money.parse(recovered)).toString(),
                rate(Money.parse(received).minus(Money.parse(recovered)), Money.parse(planned)));
    }

    public static FiguresView of(Figures f) {
        return new FiguresView(s(f.planned()), s(f.receivedCash()), s(f.receivedNonCash()), s(f.received()),
                s(f.spent()), s(f.recovered()), s(f.cashBalance()), rate(f.received(), f.planned()),
                s(f.netReceived()), rate(f.netReceived(), f.planned()));
    }

    /** A share of the plan in percent (2 decimals, half up); null where nothing is planned. */
    private static BigDecimal rate(Money amount, Money planned) {
        return planned.isPositive() ? Share.percent(amount.fen(), planned.fen()) : null;
    }

    private static String s(Money money) {
        return money.toString();
    }
}
