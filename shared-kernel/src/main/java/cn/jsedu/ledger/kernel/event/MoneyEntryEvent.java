package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/** A ledger entry with an amount and an effective date: installments, contributions, expenditures, recoveries. */
public interface MoneyEntryEvent extends PlatformEvent {

    String entryId();

    Money amount();

    LocalDate effectiveDate();
}
