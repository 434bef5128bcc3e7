package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 指标下达: the province allocated {@code amount} of provincial funds to the platform by the document
 * {@code documentNumber}. {@code decisionId} names the reward decision the allocation was made for, null for an
 * allocation of the planned provincial funds.
 */
@Revision("1")
public record ProvincialAllocationRecordedEvent(String platformId, String allocationId, Money amount,
                                                LocalDate allocatedOn, String documentNumber, String decisionId)
        implements PlatformEvent {
}
