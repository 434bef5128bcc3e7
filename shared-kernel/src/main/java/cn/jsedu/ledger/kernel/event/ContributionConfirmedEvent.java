package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.money.Money;
import org.axonframework.serialization.Revision;

/**
 * The enterprise named in a contribution confirmed it, at {@code amount} (the amount in force when it answered), by
 * its representative (who, in the metadata); {@code creditCode} is the enterprise the representative is bound to.
 */
@Revision("1")
public record ContributionConfirmedEvent(String platformId, String entryId, String partyId, String creditCode,
                                         Money amount) implements PlatformEvent {
}
