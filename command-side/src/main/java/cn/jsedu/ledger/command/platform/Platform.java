package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.PerformanceDecisionRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformDeclaredEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.event.PlatformSuspendedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.event.StatusFold;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import cn.jsedu.ledger.kernel.programme.DateWindow;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.notAfterToday;
import static cn.jsedu.ledger.command.platform.PlatformGuards.unused;
import static cn.jsedu.ledger.command.platform.PlatformGuards.within;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One industry-education integration platform: its lifecycle and its money (docs/domain.md §4).
 *
 * <p>Command handlers check, then apply; event-sourcing handlers only assign. What the platform is made of:
 * <ul>
 *   <li>its status, whose gates are predicates of {@link PlatformStatus} (refused by {@link StatusGate}) and whose
 *       transitions are {@link StatusFold};</li>
 *   <li>its {@link FundingPlan} (rules: {@link FundingPlanPolicy}), its {@link Parties}, and its money: the
 *       {@link LedgerEntries} (the rules of each entry) with the {@link CashLedger};</li>
 *   <li>its {@link Budget} by category and year (rules: {@link BudgetPolicy}, against the {@link CategorySpending})
 *       and its {@link ProvincialChain} of allocations, payments and arrivals;</li>
 *   <li>{@link FourEyes}: the proposals that wait for a second administrator, and who may approve them;</li>
 *   <li>{@link Reporting}: the task book and the periodic reports.</li>
 * </ul>
 * {@code @Revision} versions the snapshots: a snapshot of another shape is ignored, not misread.
 */
@Aggregate(cache = "platformCache", snapshotTriggerDefinition = "platformSnapshotTrigger")
@Revision("3")
public class Platform {

    @AggregateIdentifier
    private String platformId;
    private PlatformStatus status;
    private LocalDate constructionStart;
    private LocalDate constructionEnd;
    private FundingPlan plan;
    private Parties parties = new Parties();
    private LedgerEntries entries = new LedgerEntries();
    /** Entry and agreement ids: one namespace per platform. */
    private Set<String> usedIds = new HashSet<>();
    private Set<String> decisionIds = new HashSet<>();
    /** Null until declared with the task book. */
    private Budget budget;
    private CategorySpending spending = new CategorySpending();
    private ProvincialChain chain = new ProvincialChain();
    @AggregateMember
    private FourEyes fourEyes = new FourEyes();
    @AggregateMember
    private Reporting reporting = new Reporting();

    protected Platform() {
        // for Axon and for snapshots
    }

    /** Called by {@link PlatformDeclarationHandler} once the college's registration is claimed. */
    Platform(DeclarePlatformCommand command) {
        Set<String> partyIds = PlatformGuards.distinctEnterprises(command.enterprises());
        FundingPlanPolicy.requireWellFormed(command.plan(), partyIds);
        apply(new PlatformDeclaredEvent(command.platformId().value(), command.college(), command.majorGroup(),
                command.industry(), command.title(), List.copyOf(command.enterprises()),
                List.copyOf(command.plan())));
    }

    // --- lifecycle ---

    @CommandHandler
    public CommandResult handle(ApprovePlatformCommand command, ProgrammeParameters parameters) {
        StatusGate.requireTransition(status, PlatformStatus::awaitsApproval, "only a declared platform can be approved");
        Integer startYear = parameters.batchStartYears().get(command.batch());
        if (startYear == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_BATCH, "batch",
                    "batch must be one of " + parameters.batchStartYears().keySet());
        }
        if (command.constructionStart().getYear() != startYear) {
            throw new LedgerRuleException(ErrorCode.CONSTRUCTION_START_OUTSIDE_BATCH_YEAR, "constructionStart",
                    "batch " + command.batch() + " starts construction in " + startYear);
        }
        List<PlanLine> approvedPlan = command.plan() == null ? plan.lines() : List.copyOf(command.plan());
        FundingPlanPolicy.requireWellFormed(approvedPlan, parties.declaredEnterprises());
        FundingPlanPolicy.requireMeetsProgramme(approvedPlan, parameters);
        apply(new PlatformApprovedEvent(platformId, command.batch(), command.constructionStart(),
                parameters.constructionEnd(command.constructionStart()), approvedPlan, command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(RejectPlatformCommand command) {
        StatusGate.requireTransition(status, PlatformStatus::awaitsApproval, "only a declared platform can be rejected");
        apply(new PlatformRejectedEvent(platformId, command.reason(), command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(ResumePlatformCommand command) {
        StatusGate.requireTransition(status, PlatformStatus::acceptsResumption, "only a suspended platform can be resumed");
        apply(new PlatformResumedEvent(platformId, command.reason(), command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(RequestAcceptanceCommand command, Clock clock, ProgrammeParameters parameters) {
        if (!status.acceptsAcceptanceRequest()) {
            throw StatusGate.invalidState(
                    "acceptance can be requested only by an approved platform, not one that is " + status);
        }
        notAfterToday(command.requestedOn(), clock, "requestedOn");
        DateWindow dates = parameters.acceptanceWindow(constructionEnd);
        if (command.requestedOn().isBefore(dates.from())) {
            throw new LedgerRuleException(ErrorCode.ACCEPTANCE_TOO_EARLY, "requestedOn",
                    "acceptance can be requested from " + dates.from() + " (construction ends " + constructionEnd + ")");
        }
        within(dates, command.requestedOn(), clock, "requestedOn");
        apply(new AcceptanceRequestedEvent(platformId, command.requestedOn()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(ReviewAcceptanceCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireTransition(status, PlatformStatus::acceptsAcceptanceReview,
                "only a platform that requested acceptance can be reviewed");
        within(parameters.acceptanceWindow(constructionEnd), command.reviewedOn(), clock, "reviewedOn");
        apply(new AcceptanceReviewedEvent(platformId, command.result(), command.reviewedOn(), command.panel(),
                command.remarks()));
        return result(null);
    }

    // --- agreements and money ---

    @CommandHandler
    public CommandResult handle(SignAgreementCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsAgreements);
        unused(usedIds, command.agreementId().value(), "agreementId");
        within(constructionStart == null ? parameters.programmeWindow()
                : parameters.entryWindow(constructionStart, constructionEnd), command.signedOn(), clock, "signedOn");
        PlatformGuards.requireValidAgreement(command.parties(), command.pledges());
        apply(new AgreementSignedEvent(platformId, command.agreementId().value(), command.signedOn(),
                List.copyOf(command.parties()), List.copyOf(command.pledges()), command.termsRef()));
        return result(command.agreementId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordInstallmentCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(entries.installment(platformId, command, entryWindow(parameters), clock));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordEnterpriseContributionCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(entries.contribution(platformId, command, parties, entryWindow(parameters), clock));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordExpenditureCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        ExpenditureRecordedEvent expenditure = entries.expenditure(platformId, command, parties,
                entryWindow(parameters), clock);
        BudgetPolicy.requireWithin(budget, spending, expenditure.category(), expenditure.effectiveDate().getYear(),
                expenditure.amount(), parameters.budgetTolerance(), "amount");
        apply(expenditure);
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordAdjustmentCommand command, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsCorrections);
        unused(usedIds, command.entryId().value(), "entryId");
        AdjustmentRecordedEvent correction = entries.correction(platformId, command);
        spending.expenditure(correction.originalEntryId()).ifPresent(x -> BudgetPolicy.requireWithin(budget, spending,
                x.category(), x.year(), correction.correctedAmount().minus(x.amount()), parameters.budgetTolerance(),
                "correctedAmount"));
        apply(correction);
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordRecoveryCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireRecoverable(status);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(entries.recovery(platformId, command,
                parameters.settlementWindow(constructionStart, constructionEnd), clock));
        return result(command.entryId().value());
    }

    // --- the provincial money chain: allocation, payment, arrival (docs/domain.md §9) ---

    @CommandHandler
    public CommandResult handle(RecordProvincialAllocationCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsProvincialFunds);
        apply(chain.allocation(platformId, command, decisionIds, plan.plannedProvincial(),
                parameters.settlementWindow(constructionStart, constructionEnd), clock));
        return result(command.allocationId());
    }

    @CommandHandler
    public CommandResult handle(RecordProvincialPaymentCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsProvincialFunds);
        apply(chain.payment(platformId, command, parameters.settlementWindow(constructionStart, constructionEnd),
                clock));
        return result(command.paymentId());
    }

    /** Money paid arrives even after the books closed: an arrival lies in the settlement window, like a recovery. */
    @CommandHandler
    public CommandResult handle(ConfirmProvincialArrivalCommand command, Clock clock, ProgrammeParameters parameters) {
        StatusGate.requireRecoverable(status);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(chain.arrival(platformId, command, parameters.settlementWindow(constructionStart, constructionEnd),
                clock));
        return result(command.entryId().value());
    }

    // --- changes that need four eyes: proposed here, approved by another administrator ---

    @CommandHandler
    public CommandResult handle(RecordPerformanceDecisionCommand command, Clock clock, ProgrammeParameters parameters) {
        ProposedDecision decision = new ProposedDecision(command.decisionId().value(), command.type(),
                command.amount(), command.basis(), command.decisionRef(), command.decidedOn());
        checkDecision(decision, parameters, clock);
        fourEyes.requireDecisionNotPending(decision.decisionId());
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new DecisionProposedEvent(platformId, command.proposalId(), command.proposedBy(), decision));
        return result(command.proposalId());
    }

    @CommandHandler
    public CommandResult handle(ReviseFundingPlanCommand command, ProgrammeParameters parameters) {
        ProposedPlanRevision revision = new ProposedPlanRevision(List.copyOf(command.plan()), command.reason(),
                command.decisionRef(), command.budget() == null ? null : List.copyOf(command.budget()));
        checkPlanRevision(revision, parameters);
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new PlanRevisionProposedEvent(platformId, command.proposalId(), command.proposedBy(), revision));
        return result(command.proposalId());
    }

    @CommandHandler
    public CommandResult handle(SuspendPlatformCommand command) {
        checkSuspension();
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new SuspensionProposedEvent(platformId, command.proposalId(), command.proposedBy(),
                new ProposedSuspension(command.reason(), command.decisionRef())));
        return result(command.proposalId());
    }

    /**
     * Applies a pending proposal once {@link FourEyes} lets {@code approvedBy} approve it; the change's own rules are
     * checked again on the current state, which may have moved since it was proposed.
     */
    @CommandHandler
    public CommandResult handle(ApproveProposalCommand command, Clock clock, ProgrammeParameters parameters) {
        PendingProposal proposal = fourEyes.approvableBy(command.proposalId(), command.approvedBy());
        MetaData bothPeople = FourEyes.approvalMetaData(command.proposalId(), proposal, command.approvedBy());
        String entryId = null;
        if (proposal instanceof PendingProposal.Decision pending) {
            ProposedDecision d = pending.decision();
            checkDecision(d, parameters, clock);
            apply(new PerformanceDecisionRecordedEvent(platformId, d.decisionId(), d.type(), d.amount(), d.basis(),
                    d.decisionRef(), d.decidedOn()), bothPeople);
            if (d.type() == DecisionType.REWARD) {
                apply(chain.rewardAllocation(platformId, d), bothPeople);
            } else if (d.type() == DecisionType.REDUCE_SUPPORT) {
                chain.cancellations(platformId, d).forEach(c -> apply(c, bothPeople));
            }
            entryId = d.decisionId();
        } else if (proposal instanceof PendingProposal.PlanRevision pending) {
            ProposedPlanRevision r = pending.planRevision();
            checkPlanRevision(r, parameters);
            apply(new FundingPlanRevisedEvent(platformId, plan.version() + 1, r.plan(), r.reason(), r.decisionRef()),
                    bothPeople);
            if (r.budget() != null) {
                apply(new BudgetSetEvent(platformId, budget == null ? 1 : budget.version() + 1, r.budget(), r.reason(),
                        r.decisionRef()), bothPeople);
            }
        } else if (proposal instanceof PendingProposal.Suspension pending) {
            checkSuspension();
            apply(new PlatformSuspendedEvent(platformId, pending.suspension().reason(),
                    pending.suspension().decisionRef()), bothPeople);
        }
        apply(new ProposalApprovedEvent(platformId, command.proposalId(), proposal.kind(), proposal.proposedBy(),
                command.approvedBy()), bothPeople);
        return result(entryId);
    }

    @CommandHandler
    public CommandResult handle(WithdrawProposalCommand command) {
        fourEyes.pending(command.proposalId());
        apply(new ProposalWithdrawnEvent(platformId, command.proposalId(), command.withdrawnBy(), command.reason()));
        return result(command.proposalId());
    }

    private void checkDecision(ProposedDecision decision, ProgrammeParameters parameters, Clock clock) {
        DateWindow dates = constructionStart == null ? parameters.programmeWindow()
                : parameters.settlementWindow(constructionStart, constructionEnd);
        DecisionPolicy.check(decision, status, decisionIds, plan.plannedProvincial(), dates, clock);
        if (decision.type() == DecisionType.REWARD && chain.isAllocationId(decision.decisionId())) {
            // the reward's allocation takes the decision's id
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "decisionId",
                    "decisionId " + decision.decisionId() + " is already an allocation of this platform");
        }
    }

    /** Money entries lie in the entry window of the construction period (checked once the platform is open). */
    private DateWindow entryWindow(ProgrammeParameters parameters) {
        return parameters.entryWindow(constructionStart, constructionEnd);
    }

    private void checkPlanRevision(ProposedPlanRevision revision, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsPlanRevisions);
        FundingPlanPolicy.requireWellFormed(revision.plan(), parties.declaredEnterprises());
        FundingPlanPolicy.requireMeetsProgramme(revision.plan(), parameters);
        if (revision.budget() != null) {
            BudgetPolicy.requireWellFormed(revision.budget(), entryWindow(parameters));
        }
    }

    private void checkSuspension() {
        StatusGate.requireTransition(status, PlatformStatus::acceptsSuspension,
                "only an approved platform under construction can be suspended");
    }

    // --- task book and reports ---

    @CommandHandler
    public CommandResult handle(SetTaskBookCommand command, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::isOpenForReports);
        if (command.budget() != null) {
            if (budget != null) {
                throw new LedgerRuleException(ErrorCode.BUDGET_ALREADY_DECLARED, "budget",
                        "the budget was declared (version " + budget.version() + "); a plan revision changes it");
            }
            BudgetPolicy.requireWellFormed(command.budget(), entryWindow(parameters));
        }
        reporting.setTaskBook(platformId, command, parameters);
        if (command.budget() != null) {
            apply(new BudgetSetEvent(platformId, 1, List.copyOf(command.budget()), command.reason(),
                    command.decisionRef()));
        }
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(SubmitPeriodicReportCommand command, ProgrammeParameters parameters, Clock clock) {
        StatusGate.requireOpen(status, PlatformStatus::isOpenForReports);
        reporting.submit(platformId, command, constructionStart, constructionEnd, parameters, clock);
        return result(command.period().toString());
    }

    private CommandResult result(String entryId) {
        return new CommandResult(platformId, entryId, getVersion());
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(PlatformDeclaredEvent event) {
        platformId = event.platformId();
        status = StatusFold.after(status, event);
        plan = FundingPlan.of(event.plan());
        parties.declared(event.enterprises());
    }

    @EventSourcingHandler
    void on(PlatformApprovedEvent event) {
        status = StatusFold.after(status, event);
        plan = plan.approvedAs(event.plan());
        constructionStart = event.constructionStart();
        constructionEnd = event.constructionEnd();
    }

    @EventSourcingHandler
    void on(PlatformRejectedEvent event) {
        status = StatusFold.after(status, event);
    }

    @EventSourcingHandler
    void on(PlatformSuspendedEvent event) {
        status = StatusFold.after(status, event);
    }

    @EventSourcingHandler
    void on(PlatformResumedEvent event) {
        status = StatusFold.after(status, event);
    }

    @EventSourcingHandler
    void on(AcceptanceRequestedEvent event) {
        status = StatusFold.after(status, event);
    }

    @EventSourcingHandler
    void on(AcceptanceReviewedEvent event) {
        status = StatusFold.after(status, event);
    }

    @EventSourcingHandler
    void on(PerformanceDecisionRecordedEvent event) {
        status = StatusFold.after(status, event);
        decisionIds.add(event.decisionId());
        plan = plan.adjustedBy(event.type().provincialEffect(event.amount()));
    }

    @EventSourcingHandler
    void on(FundingPlanRevisedEvent event) {
        plan = plan.revisedTo(event.plan(), event.planVersion());
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        usedIds.add(event.agreementId());
        parties.signed(event.parties());
    }

    @EventSourcingHandler
    void on(MoneyEntryEvent event) {
        usedIds.add(event.entryId());
        entries.recorded(event);
        if (event instanceof ExpenditureRecordedEvent expenditure) {
            spending.recorded(expenditure);
        }
        chain.recorded(event);
    }

    @EventSourcingHandler
    void on(AdjustmentRecordedEvent event) {
        usedIds.add(event.entryId());
        entries.corrected(event);
        spending.corrected(event);
        chain.corrected(event);
    }

    @EventSourcingHandler
    void on(BudgetSetEvent event) {
        budget = new Budget(event.budgetVersion(), event.budget());
    }

    @EventSourcingHandler
    void on(ProvincialAllocationRecordedEvent event) {
        chain.allocated(event);
    }

    @EventSourcingHandler
    void on(ProvincialPaymentRecordedEvent event) {
        chain.paid(event);
    }

    @EventSourcingHandler
    void on(ProvincialAllocationCancelledEvent event) {
        chain.cancelled(event);
    }
}
