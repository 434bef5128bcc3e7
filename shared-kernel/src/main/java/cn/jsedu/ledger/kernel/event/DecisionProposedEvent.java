package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import org.axonframework.serialization.Revision;

/** A performance decision (绩效考核结果) proposed; once approved it is a {@link PerformanceDecisionRecordedEvent}. */
@Revision("1")
public record DecisionProposedEvent(String platformId, String proposalId, String proposedBy,
                                    ProposedDecision decision) implements ProposedChangeEvent {

    @Override
    public ProposalKind kind() {
        return ProposalKind.PERFORMANCE_DECISION;
    }
}
