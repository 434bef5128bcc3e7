package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import org.axonframework.serialization.Revision;

/**
 * A pending programme proposal was withdrawn and can no longer be approved. A withdrawn establishment leaves the
 * programme WITHDRAWN: its id stays taken, it never takes platforms.
 */
@Revision("1")
public record ProgrammeProposalWithdrawnEvent(String programmeId, String proposalId, ProposalKind kind,
                                              String withdrawnBy, String reason) implements ProgrammeEvent {
}
