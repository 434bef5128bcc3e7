package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;

/** The money figures of one balance row: what was planned, and the sum of the ledger lines' effects. */
public record Figures(Money planned, MoneyEffect moved) {

    public static final Figures NONE = new Figures(Money.ZERO, MoneyEffect.NONE);

    public Figures plus(LedgerLine line) {
        return new Figures(planned, moved.plus(line.effect()));
    }

    public Figures plus(Figures other) {
        return new Figures(planned.plus(other.planned), moved.plus(other.moved));
    }

    public Figures withPlanned(Money amount) {
        return new Figures(planned.plus(amount), moved);
    }

    public Money receivedCash() {
        return moved.receivedCash();
    }

    public Money receivedNonCash() {
        return moved.receivedNonCash();
    }

    public Money spent() {
        return moved.spent();
    }

    public Money recovered() {
        return moved.recovered();
    }

    /** Everything that arrived, cash and appraised non-cash. */
    public Money received() {
        return moved.received();
    }

    /** What arrived less what was returned: the investment in place. */
    public Money netReceived() {
        return received().minus(recovered());
    }

    /** Spendable money: cash in, less cash spent, less cash returned. Never negative for a valid ledger. */
    public Money cashBalance() {
        return moved.cash();
    }
}
