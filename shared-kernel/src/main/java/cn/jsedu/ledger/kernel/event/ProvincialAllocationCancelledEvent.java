package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The unpaid part of an allocation, or some of it, was cancelled by the reduction of support {@code decisionId}
 * (减小支持力度): it will not be paid.
 */
@Revision("1")
public record ProvincialAllocationCancelledEvent(String platformId, String allocationId, Money amount,
                                                 String decisionId, LocalDate cancelledOn) implements PlatformEvent {
}
