package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 拨付: the finance office paid {@code amount} of allocation {@code allocationId} towards the college. */
@Revision("1")
public record ProvincialPaymentRecordedEvent(String platformId, String paymentId, String allocationId, Money amount,
                                             LocalDate paidOn, String voucherRef) implements PlatformEvent {
}
