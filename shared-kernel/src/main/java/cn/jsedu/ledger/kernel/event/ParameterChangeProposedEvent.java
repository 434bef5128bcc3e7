package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;
import org.axonframework.serialization.Revision;

/** A rule change proposed; it is in force only once approved ({@link ProgrammeParametersChangedEvent}). */
@Revision("1")
public record ParameterChangeProposedEvent(String programmeId, String proposalId, String proposedBy,
                                           ProposedParameterChange change) implements ProgrammeEvent {

    public ProposalKind kind() {
        return ProposalKind.PARAMETER_CHANGE;
    }
}
