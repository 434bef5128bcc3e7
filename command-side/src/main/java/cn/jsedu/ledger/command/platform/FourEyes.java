package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ExtensionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Four eyes (docs/adr/0013, 0022): performance decisions, funding plan revisions, suspensions, extensions and
 * overrides of the acceptance gate are proposed by one
 * province administrator and take effect only when a different one approves them. This part of a {@link Platform}
 * holds the proposals that wait for their second administrator and decides who may approve; what the change itself
 * must satisfy the platform checks when it is proposed and again when it is approved, on the state of that moment.
 */
final class FourEyes {

    /** Pending proposals by id; approved and withdrawn ones leave. */
    private Map<String, PendingProposal> pending = new HashMap<>();
    /** Every proposal id ever used on this platform: an id is never reused, not even after a withdrawal. */
    private Set<String> usedIds = new HashSet<>();

    void requireNewProposalId(String proposalId) {
        if (usedIds.contains(proposalId)) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "proposalId", proposalId + " is already used");
        }
    }

    /** One pending proposal per decision id: two approvals must not record the same decision twice. */
    void requireDecisionNotPending(String decisionId) {
        boolean proposed = pending.values().stream().anyMatch(p -> p instanceof PendingProposal.Decision d
                && d.decision().decisionId().equals(decisionId));
        if (proposed) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "decisionId",
                    decisionId + " is already proposed on this platform");
        }
    }

    /** The four-eyes rule: a pending proposal is approved by another province administrator than its proposer. */
    PendingProposal approvableBy(String proposalId, String approvedBy) {
        PendingProposal proposal = pending(proposalId);
        if (proposal.proposedBy().equals(approvedBy)) {
            throw new LedgerRuleException(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy",
                    "a proposal is approved by another province administrator than " + proposal.proposedBy());
        }
        return proposal;
    }

    PendingProposal pending(String proposalId) {
        PendingProposal proposal = pending.get(proposalId);
        if (proposal == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_PROPOSAL, "proposalId",
                    "no pending proposal " + proposalId + " on this platform");
        }
        return proposal;
    }

    /** Both people and the proposal, on the change and on its approval, whoever reads the events later. */
    static MetaData approvalMetaData(String proposalId, PendingProposal proposal, String approvedBy) {
        return MetaData.with(EventMetadataKeys.PROPOSED_BY, proposal.proposedBy())
                .and(EventMetadataKeys.APPROVED_BY, approvedBy).and(EventMetadataKeys.PROPOSAL_ID, proposalId);
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(DecisionProposedEvent event) {
        proposed(event.proposalId(), new PendingProposal.Decision(event.proposedBy(), event.decision()));
    }

    @EventSourcingHandler
    void on(PlanRevisionProposedEvent event) {
        proposed(event.proposalId(), new PendingProposal.PlanRevision(event.proposedBy(), event.planRevision()));
    }

    @EventSourcingHandler
    void on(SuspensionProposedEvent event) {
        proposed(event.proposalId(), new PendingProposal.Suspension(event.proposedBy(), event.suspension()));
    }

    @EventSourcingHandler
    void on(ExtensionProposedEvent event) {
        proposed(event.proposalId(), new PendingProposal.Extension(event.proposedBy(), event.extension()));
    }

    @EventSourcingHandler
    void on(AcceptanceOverrideProposedEvent event) {
        proposed(event.proposalId(), new PendingProposal.AcceptanceOverride(event.proposedBy(), event.override()));
    }

    @EventSourcingHandler
    void on(ProposalApprovedEvent event) {
        pending.remove(event.proposalId());
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        pending.remove(event.proposalId());
    }

    private void proposed(String proposalId, PendingProposal proposal) {
        usedIds.add(proposalId);
        pending.put(proposalId, proposal);
    }
}
