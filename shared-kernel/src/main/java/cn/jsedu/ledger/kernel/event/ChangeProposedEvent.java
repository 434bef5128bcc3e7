package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import org.axonframework.serialization.Revision;

/**
 * A province administrator proposed a change that needs a second administrator's approval (four eyes): a
 * performance decision, a funding plan revision or a suspension. Exactly the field of its {@code kind} is set.
 * Nothing changes until {@link ProposalApprovedEvent}.
 */
@Revision("1")
public record ChangeProposedEvent(String platformId, String proposalId, ProposalKind kind, String proposedBy,
                                  ProposedDecision decision, ProposedPlanRevision planRevision,
                                  ProposedSuspension suspension) implements PlatformEvent {
}
