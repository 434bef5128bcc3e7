package cn.jsedu.ledger.kernel.report;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;

/** One equipment register entry of a periodic report: what, how many, worth what, paid from which source. */
public record EquipmentEntry(String item, int quantity, Money value, FundingSource source, EquipmentChange change,
                             LocalDate date) {
}
