package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** A pending proposal was withdrawn; it can no longer be approved. */
@Revision("1")
public record ProposalWithdrawnEvent(String platformId, String proposalId, String withdrawnBy, String reason)
        implements PlatformEvent {
}
