package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 拨付: the finance office pays (part of) an allocation. */
public record RecordProvincialPaymentCommand(@TargetAggregateIdentifier PlatformId platformId, String paymentId, String allocationId, Money amount, LocalDate paidOn, String voucherRef) {
}
