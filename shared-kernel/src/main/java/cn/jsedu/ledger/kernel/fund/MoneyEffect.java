package cn.jsedu.ledger.kernel.fund;

import cn.jsedu.ledger.kernel.money.Money;

/**
 * What a money event does to the four figures every balance is made of: cash received, non-cash received (at its
 * appraised value), cash spent and cash recovered (returned to its source). Components may be negative: a
 * correction carries the change it makes. Computed by {@link EntryKind#effect}; summed by the aggregate's cash
 * ledger and the query side's balances alike.
 */
public record MoneyEffect(Money receivedCash, Money receivedNonCash, Money spent, Money recovered) {

    public static final MoneyEffect NONE = new MoneyEffect(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Everything received, cash and appraised non-cash. */
    public Money received() {
        return receivedCash.plus(receivedNonCash);
    }

    /** The change to the spendable cash balance: cash in, less cash spent, less cash returned. */
    public Money cash() {
        return receivedCash.minus(spent).minus(recovered);
    }

    public MoneyEffect plus(MoneyEffect other) {
        return new MoneyEffect(receivedCash.plus(other.receivedCash), receivedNonCash.plus(other.receivedNonCash),
                spent.plus(other.spent), recovered.plus(other.recovered));
    }

    public MoneyEffect minus(MoneyEffect other) {
        return new MoneyEffect(receivedCash.minus(other.receivedCash), receivedNonCash.minus(other.receivedNonCash),
                spent.minus(other.spent), recovered.minus(other.recovered));
    }

    MoneyEffect withReceivedCash(Money amount) {
        return new MoneyEffect(amount, receivedNonCash, spent, recovered);
    }

    MoneyEffect withReceivedNonCash(Money amount) {
        return new MoneyEffect(receivedCash, amount, spent, recovered);
    }

    MoneyEffect withSpent(Money amount) {
        return new MoneyEffect(receivedCash, receivedNonCash, amount, recovered);
    }

    MoneyEffect withRecovered(Money amount) {
        return new MoneyEffect(receivedCash, receivedNonCash, spent, amount);
    }
}
