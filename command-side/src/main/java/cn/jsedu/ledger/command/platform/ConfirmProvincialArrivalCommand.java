package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 到账: the college confirms that a payment arrived; it is recorded as the payment's provincial installment. */
public record ConfirmProvincialArrivalCommand(@TargetAggregateIdentifier PlatformId platformId, EntryId entryId, String paymentId, LocalDate arrivedOn, String voucherRef) {
}
