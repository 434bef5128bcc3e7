package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.serialization.Revision;

/**
 * A province administrator proposed a new programme with its name and first parameter set; it is established (and
 * takes platforms) only when another administrator approves it ({@link ProgrammeEstablishedEvent}).
 */
@Revision("2")
public record ProgrammeProposedEvent(String programmeId, String proposalId, String proposedBy, String name,
                                     ProgrammeParameters parameters) implements ProgrammeEvent {

    public ProposalKind kind() {
        return ProposalKind.PROGRAMME_ESTABLISHMENT;
    }
}
