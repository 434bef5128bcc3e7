package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import org.axonframework.serialization.Revision;

/** An extension (延期) of the construction period proposed; once approved it is a {@link ConstructionExtendedEvent}. */
@Revision("1")
public record ExtensionProposedEvent(String platformId, String proposalId, String proposedBy,
                                     ProposedExtension extension) implements ProposedChangeEvent {

    @Override
    public ProposalKind kind() {
        return ProposalKind.CONSTRUCTION_EXTENSION;
    }
}
