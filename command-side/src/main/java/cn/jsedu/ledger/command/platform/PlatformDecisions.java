package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.ChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.notAfterToday;
import static cn.jsedu.ledger.command.platform.PlatformGuards.unused;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_FAILED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_REQUESTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.APPROVED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.DECLARED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.SUSPENDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Four eyes (security issue): performance decisions, funding plan revisions and suspensions are proposed by one
 * province administrator and take effect only when a different one approves. Every rule is checked when the
 * change is proposed and again when it is approved, on the state of that moment.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
abstract class PlatformDecisions extends PlatformLifecycle {

    /** Pending proposals by id; approved and withdrawn ones are removed. */
    protected Map<String, ChangeProposedEvent> proposals = new HashMap<>();
    /** Every proposal id ever used on this platform. */
    protected Set<String> proposalIds = new HashSet<>();

    @CommandHandler
    public CommandResult handle(RecordPerformanceDecisionCommand c, Clock clock) {
        ProposedDecision decision = new ProposedDecision(c.decisionId().value(), c.type(), c.amount(), c.basis(),
                c.decisionRef(), c.decidedOn());
        checkDecision(decision, clock);
        if (proposals.values().stream().anyMatch(p -> p.decision() != null
                && p.decision().decisionId().equals(decision.decisionId()))) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "decisionId",
                    decision.decisionId() + " is already proposed on this platform");
        }
        return propose(c.proposalId(), ProposalKind.PERFORMANCE_DECISION, c.proposedBy(), decision, null, null);
    }

    @CommandHandler
    public CommandResult handle(ReviseFundingPlanCommand c, ProgrammeParameters parameters) {
        ProposedPlanRevision revision = new ProposedPlanRevision(List.copyOf(c.plan()), c.reason(), c.decisionRef());
        checkPlanRevision(revision, parameters);
        return propose(c.proposalId(), ProposalKind.FUNDING_PLAN_REVISION, c.proposedBy(), null, revision, null);
    }

    @CommandHandler
    public CommandResult handle(SuspendPlatformCommand c) {
        checkSuspension();
        return propose(c.proposalId(), ProposalKind.SUSPENSION, c.proposedBy(), null, null,
                new ProposedSuspension(c.reason(), c.decisionRef()));
    }

    @CommandHandler
    public CommandResult handle(ApproveProposalCommand c, Clock clock, ProgrammeParameters parameters) {
        ChangeProposedEvent proposal = pending(c.proposalId());
        if (proposal.proposedBy().equals(c.approvedBy())) {
            throw new LedgerRuleException(ErrorCode.FOUR_EYES_REQUIRED, "approvedBy",
                    "a proposal is approved by another province administrator than " + proposal.proposedBy());
        }
        MetaData bothPeople = MetaData.with(EventMetadataKeys.PROPOSED_BY, proposal.proposedBy())
                .and(EventMetadataKeys.APPROVED_BY, c.approvedBy()).and(EventMetadataKeys.PROPOSAL_ID, c.proposalId());
        String entryId = null;
        switch (proposal.kind()) {
            case PERFORMANCE_DECISION -> {
                ProposedDecision d = proposal.decision();
                checkDecision(d, clock);
                apply(new PerformanceDecisionRecordedEvent(platformIdValue(), d.decisionId(), d.type(), d.amount(),
                        d.basis(), d.decisionRef(), d.decidedOn()), bothPeople);
                entryId = d.decisionId();
            }
            case FUNDING_PLAN_REVISION -> {
                ProposedPlanRevision r = proposal.planRevision();
                checkPlanRevision(r, parameters);
                apply(new FundingPlanRevisedEvent(platformIdValue(), planVersion + 1, r.plan(), r.reason(),
                        r.decisionRef()), bothPeople);
            }
            case SUSPENSION -> {
                checkSuspension();
                apply(new PlatformSuspendedEvent(platformIdValue(), proposal.suspension().reason(),
                        proposal.suspension().decisionRef()), bothPeople);
            }
        }
        apply(new ProposalApprovedEvent(platformIdValue(), c.proposalId(), proposal.kind(), proposal.proposedBy(),
                c.approvedBy()), bothPeople);
        return result(entryId);
    }

    @CommandHandler
    public CommandResult handle(WithdrawProposalCommand c) {
        pending(c.proposalId());
        apply(new ProposalWithdrawnEvent(platformIdValue(), c.proposalId(), c.withdrawnBy(), c.reason()));
        return result(c.proposalId());
    }

    private CommandResult propose(String proposalId, ProposalKind kind, String proposedBy, ProposedDecision decision,
                                  ProposedPlanRevision revision, ProposedSuspension suspension) {
        if (proposalIds.contains(proposalId)) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "proposalId", proposalId + " is already used");
        }
        apply(new ChangeProposedEvent(platformIdValue(), proposalId, kind, proposedBy, decision, revision, suspension));
        return result(proposalId);
    }

    private ChangeProposedEvent pending(String proposalId) {
        ChangeProposedEvent proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_PROPOSAL, "proposalId",
                    "no pending proposal " + proposalId + " on this platform");
        }
        return proposal;
    }

    private void checkDecision(ProposedDecision d, Clock clock) {
        boolean allowed = switch (d.type()) {
            case TERMINATE -> !status.isFinal() && status != ACCEPTED;
            case REWARD -> isApproved() && !status.isFinal();
            default -> isApproved() && !status.isFinal() && status != ACCEPTED;
        };
        if (!allowed) {
            throw status.isFinal() ? closed()
                    : stateError("a " + d.type() + " decision is not possible for a platform that is " + status);
        }
        unused(decisionIds, d.decisionId(), "decisionId");
        notAfterToday(d.decidedOn(), clock, "decidedOn");
        if (d.type().requiresAmount()) {
            PlatformGuards.recordable(d.amount(), "amount");
        } else if (d.amount() != null) {
            throw new LedgerRuleException(ErrorCode.DECISION_AMOUNT_INVALID, "amount",
                    "a " + d.type() + " decision carries no amount");
        }
        if (d.type() == DecisionType.REDUCE_SUPPORT && d.amount().isGreaterThan(plannedProvincial())) {
            throw new LedgerRuleException(ErrorCode.REDUCTION_EXCEEDS_PLANNED_PROVINCIAL, "amount",
                    "the reduction exceeds the planned provincial funds " + plannedProvincial());
        }
    }

    private void checkPlanRevision(ProposedPlanRevision r, ProgrammeParameters parameters) {
        if (status != APPROVED && status != SUSPENDED && status != ACCEPTANCE_REQUESTED && status != ACCEPTANCE_FAILED) {
            throw status == DECLARED
                    ? new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "the platform is not approved yet")
                    : closed();
        }
        FundingPlanPolicy.requireWellFormed(r.plan(), enterprisePartyIds());
        FundingPlanPolicy.requireMeetsProgramme(r.plan(), parameters);
    }

    private void checkSuspension() {
        requireStatus(APPROVED, "only an approved platform under construction can be suspended");
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(ChangeProposedEvent event) {
        proposalIds.add(event.proposalId());
        proposals.put(event.proposalId(), event);
    }

    @EventSourcingHandler
    void on(ProposalApprovedEvent event) {
        proposals.remove(event.proposalId());
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        proposals.remove(event.proposalId());
    }

    @EventSourcingHandler
    void on(FundingPlanRevisedEvent event) {
        plan = event.plan();
        planVersion = event.planVersion();
    }

    @EventSourcingHandler
    void on(PlatformSuspendedEvent event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(PerformanceDecisionRecordedEvent event) {
        decisionIds.add(event.decisionId());
        switch (event.type()) {
            case REWARD -> provincialAdjustment = provincialAdjustment.plus(event.amount());
            case REDUCE_SUPPORT -> provincialAdjustment = provincialAdjustment.minus(event.amount());
            case TERMINATE -> status = PlatformStatus.TERMINATED;
            default -> {
                // WITHDRAW_KEY_SUPPORT and ADJUST change no state the rules depend on
            }
        }
    }
}
