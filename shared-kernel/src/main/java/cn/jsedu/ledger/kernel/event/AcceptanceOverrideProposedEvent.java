package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import org.axonframework.serialization.Revision;

/**
 * An acceptance request proposed by a province administrator past a readiness checklist that is not READY; once
 * another administrator approves it, it is an {@link AcceptanceRequestedEvent} carrying the override.
 */
@Revision("1")
public record AcceptanceOverrideProposedEvent(String platformId, String proposalId, String proposedBy,
                                              ProposedAcceptanceOverride override) implements ProposedChangeEvent {

    @Override
    public ProposalKind kind() {
        return ProposalKind.ACCEPTANCE_OVERRIDE;
    }
}
