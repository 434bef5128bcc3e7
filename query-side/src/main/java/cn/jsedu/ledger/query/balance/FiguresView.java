package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.query.ledger.Figures;

import java.math.BigDecimal;

/** Money figures as the API shows them: decimal strings, and the arrival rate as a display percentage. */
public record FiguresView(String planned, String receivedCash, String receivedNonCash, String received,
                          String spent, String recovered, String cashBalance, BigDecimal arrivalRate) {

    public static FiguresView of(Figures f) {
        return new FiguresView(s(f.planned()), s(f.receivedCash()), s(f.receivedNonCash()), s(f.received()),
                s(f.spent()), s(f.recovered()), s(f.cashBalance()),
                f.planned().isPositive() ? Share.percent(f.received().fen(), f.planned().fen()) : null);
    }

    private static String s(Money money) {
        return money.toString();
    }
}
