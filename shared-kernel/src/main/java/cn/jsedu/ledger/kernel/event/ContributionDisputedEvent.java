package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

/**
 * The enterprise named in a contribution disputes it (the amount in force when it answered), with a reason; the
 * compliance view flags the disputed money until the college corrects the entry or the enterprise confirms it.
 */
@Revision("1")
public record ContributionDisputedEvent(String platformId, String entryId, String partyId, String creditCode,
                                        Money amount, String reason) implements PlatformEvent {
}
