package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.money.Money;

import static cn.jsedu.ledger.kernel.money.Money.ZERO;

/** The money figures of one balance row: a running sum of ledger lines, plus what was planned. */
public record Figures(Money planned, Money receivedCash, Money receivedNonCash, Money spent, Money recovered) {

    public static final Figures NONE = new Figures(ZERO, ZERO, ZERO, ZERO, ZERO);

    public Figures plus(LedgerLine line) {
        return new Figures(planned, receivedCash.plus(line.receivedCash()), receivedNonCash.plus(line.receivedNonCash()),
                spent.plus(line.spent()), recovered.plus(line.recovered()));
    }

    public Figures plus(Figures other) {
        return new Figures(planned.plus(other.planned), receivedCash.plus(other.receivedCash),
                receivedNonCash.plus(other.receivedNonCash), spent.plus(other.spent), recovered.plus(other.recovered));
    }

    public Figures withPlanned(Money amount) {
        return new Figures(planned.plus(amount), receivedCash, receivedNonCash, spent, recovered);
    }

    /** Everything that arrived, cash and appraised non-cash. */
    public Money received() {
        return receivedCash.plus(receivedNonCash);
    }

    /** What arrived less what was returned: the investment in place. */
    public Money netReceived() {
        return received().minus(recovered);
    }

    /** Spendable money: cash in, less cash spent, less cash returned. Never negative for a valid ledger. */
    public Money cashBalance() {
        return receivedCash.minus(spent).minus(recovered);
    }
}
