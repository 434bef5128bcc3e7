package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import org.axonframework.serialization.Revision;

/** A funding plan revision (预算调整) proposed; once approved it is a {@link FundingPlanRevisedEvent}. */
@Revision("1")
public record PlanRevisionProposedEvent(String platformId, String proposalId, String proposedBy,
                                        ProposedPlanRevision planRevision) implements ProposedChangeEvent {

    @Override
    public ProposalKind kind() {
        return ProposalKind.FUNDING_PLAN_REVISION;
    }
}
