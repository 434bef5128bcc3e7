package cn.jsedu.ledger.command.foureyes;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import org.axonframework.messaging.MetaData;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Four eyes (docs/adr/0013): a change is proposed by one province administrator and takes effect only when a different
 * one approves it. The rule is written once, here, and held by every aggregate whose changes need it: a platform (its
 * decisions, plan revisions and suspensions) and a programme (its establishment and its rule changes). This part of the
 * aggregate holds the proposals that wait for their second administrator and decides who may approve; what the change
 * itself must satisfy the aggregate checks when it is proposed and again when it is approved, on the state of that
 * moment. The aggregate folds its own proposal events into it ({@link #proposed}, {@link #closed}): assignments only.
 *
 * @param <P> the aggregate's pending proposals: who proposed and what
 */
public final class FourEyes<P extends FourEyes.Proposal> {

    /** A proposal waiting for its second administrator. */
    public interface Proposal {

        /** The province administrator who proposed it; the approver must be someone else. */
        String proposedBy();

        ProposalKind kind();
    }

    /** Pending proposals by id; approved and withdrawn ones leave. */
    private Map<String, P> pending = new HashMap<>();
    /** Every proposal id ever used here: an id is never reused, not even after a withdrawal. */
    private Set<String> usedIds = new HashSet<>();

    public void requireNewProposalId(String proposalId) {
        if (usedIds.contains(proposalId)) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "proposalId", proposalId + " is already used");
        }
    }

    /** The four-eyes rule: a pending proposal is approved by another province administrator than its proposer. */
    public P approvableBy(String proposalId, String approvedBy) {
        P proposal = pending(proposalId);
        if (proposal.proposedBy().equals(approvedBy)) {
            throw new LedgerRuleException(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy",
                    "a proposal is approved by another province administrator than " + proposal.proposedBy());
        }
        return proposal;
    }

    public P pending(String proposalId) {
        P proposal = pending.get(proposalId);
        if (proposal == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_PROPOSAL, "proposalId",
                    "no pending proposal " + proposalId + " here");
        }
        return proposal;
    }

    /** Every proposal still waiting. */
    public Collection<P> pendingProposals() {
        return pending.values();
    }

    /** Both people and the proposal, on the change and on its approval, whoever reads the events later. */
    public static MetaData approvalMetaData(String proposalId, Proposal proposal, String approvedBy) {
        return MetaData.with(EventMetadataKeys.PROPOSED_BY, proposal.proposedBy())
                .and(EventMetadataKeys.APPROVED_BY, approvedBy).and(EventMetadataKeys.PROPOSAL_ID, proposalId);
    }

    // --- event sourcing, called by the aggregate's handlers: assignments only ---

    public void proposed(String proposalId, P proposal) {
        usedIds.add(proposalId);
        pending.put(proposalId, proposal);
    }

    /** Approved or withdrawn: no longer pending. */
    public void closed(String proposalId) {
        pending.remove(proposalId);
    }
}
