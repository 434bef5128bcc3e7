package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import org.axonframework.serialization.Revision;

/**
 * A second administrator approved a programme's proposal; the change itself is the event applied just before this one
 * ({@link ProgrammeEstablishedEvent} or {@link ProgrammeParametersChangedEvent}), whose metadata also names both people.
 */
@Revision("1")
public record ProgrammeProposalApprovedEvent(String programmeId, String proposalId, ProposalKind kind,
                                             String proposedBy, String approvedBy) implements ProgrammeEvent {
}
