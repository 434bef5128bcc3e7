package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import org.axonframework.serialization.Revision;

/** A suspension (暂停) proposed; once approved it is a {@link PlatformSuspendedEvent}. */
@Revision("1")
public record SuspensionProposedEvent(String platformId, String proposalId, String proposedBy,
                                      ProposedSuspension suspension) implements ProposedChangeEvent {

    @Override
    public ProposalKind kind() {
        return ProposalKind.SUSPENSION;
    }
}
