package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import org.axonframework.serialization.Revision;

/**
 * A second administrator approved a proposal; the change itself is the event applied just before this one,
 * whose metadata also names both people.
 */
@Revision("1")
public record ProposalApprovedEvent(String platformId, String proposalId, ProposalKind kind, String proposedBy,
                                    String approvedBy) implements PlatformEvent {
}
