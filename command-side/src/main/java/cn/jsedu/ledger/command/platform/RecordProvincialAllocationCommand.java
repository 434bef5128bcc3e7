package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 指标下达: the finance office allocates provincial funds by a document. */
public record RecordProvincialAllocationCommand(@TargetAggregateIdentifier PlatformId platformId, String allocationId, Money amount, LocalDate allocatedOn, String documentNumber) {
}
