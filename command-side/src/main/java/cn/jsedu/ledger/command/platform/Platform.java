package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.command.foureyes.FourEyes;
import cn.jsedu.ledger.command.programme.ProgrammeRules;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionExtendedEvent;
import cn.jsedu.ledger.kernel.event.ConstructionPeriodFold;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.ExtensionProposedEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
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
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
import cn.jsedu.ledger.kernel.programme.DateWindow;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *   <li>{@link Reporting}: the task book and the periodic reports;</li>
 *   <li>{@link AcceptanceEvidence}: what the readiness checklist looks at, for the {@link AcceptanceGate}, and the
 *       enterprise contributions with their confirmations ({@link ContributionAnswers}).</li>
 *   <li>{@link Findings}: the audit findings and their rectification; the documents and events a command cites are
 *       checked by {@link EvidenceCitations}.</li>
 * </ul>
 * Its rules are its programme's, as in force on the day a command is recorded ({@link ProgrammeRules}: a change of the
 * rules with an effective date judges what is recorded from that date on, never what was judged before).
 * {@code @Revision} versions the snapshots: a snapshot of another shape is ignored, not misread (3: the programme, or
 * budgets and the provincial chain; 4: both, with the audit findings; 5: what grows with the history in the compact
 * rows of {@link SnapshotBytes}; 6: the batch it was approved in and the evaluation rounds published on it, ADR 0026).
 */
@Aggregate(cache = "platformCache", snapshotTriggerDefinition = "platformSnapshotTrigger")
@Revision("6")
public class Platform {

    @AggregateIdentifier
    private String platformId;
    private String programmeId;
    private PlatformStatus status;
    private LocalDate constructionStart;
    private LocalDate constructionEnd;
    /** The batch it was approved in; null until approved. Which evaluation rounds it belongs to depends on it. */
    private Integer batch;
    /** The evaluation rounds whose results were published on it (ADR 0026): one result per round. */
    private Set<String> evaluatedRounds = new HashSet<>();
    private FundingPlan plan;
    private Parties parties = new Parties();
    private LedgerEntries entries = new LedgerEntries();
    /** Entry and agreement ids: one namespace per platform. In a snapshot as {@link #usedIdRows()}. */
    @JsonIgnore
    private Set<String> usedIds = new HashSet<>();
    private Set<String> decisionIds = new HashSet<>();
    private FourEyes<PendingProposal> fourEyes = new FourEyes<>();
    /** Null until declared with the task book. */
    private Budget budget;
    private CategorySpending spending = new CategorySpending();
    private ProvincialChain chain = new ProvincialChain();
    @AggregateMember
    private Reporting reporting = new Reporting();
    private AcceptanceEvidence evidence = new AcceptanceEvidence();
    @AggregateMember
    private Findings findings = new Findings();

    protected Platform() {
        // for Axon and for snapshots
    }

    /** Called by {@link PlatformDeclarationHandler} once the college's registration is claimed. */
    Platform(DeclarePlatformCommand command) {
        Set<String> partyIds = PlatformGuards.distinctEnterprises(command.enterprises());
        FundingPlanPolicy.requireWellFormed(command.plan(), partyIds);
        apply(new PlatformDeclaredEvent(command.platformId().value(), command.programmeId().value(),
                command.college(), command.majorGroup(),
                command.industry(), command.title(), List.copyOf(command.enterprises()),
                List.copyOf(command.plan())));
    }

    // --- lifecycle ---

    /**
     * Judged by the parameters in force on the day the approval is recorded: the command carries no decision date, and
     * a date the recorder chose would let it choose the rule (ADR 0019).
     */
    @CommandHandler
    public CommandResult handle(ApprovePlatformCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
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
    public CommandResult handle(RequestAcceptanceCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        checkAcceptanceRequest(command.requestedOn(), clock, parameters);
        // an open finding blocks first: unlike readiness, no override waives it (ADR 0021)
        OpenFindingsPolicy.requireNoneOpen(findings);
        AcceptanceGate.requireReady(evidence.subject(status, constructionStart, constructionEnd, command.requestedOn()),
                command.requestedOn(), parameters);
        apply(new AcceptanceRequestedEvent(platformId, command.requestedOn()));
        return result(null);
    }

    private void checkAcceptanceRequest(LocalDate requestedOn, Clock clock, ProgrammeParameters parameters) {
        if (!status.acceptsAcceptanceRequest()) {
            throw StatusGate.invalidState(
                    "acceptance can be requested only by an approved platform, not one that is " + status);
        }
        notAfterToday(requestedOn, clock, "requestedOn");
        DateWindow dates = parameters.acceptanceWindow(constructionEnd);
        if (requestedOn.isBefore(dates.from())) {
            throw new LedgerRuleException(ErrorCode.ACCEPTANCE_TOO_EARLY, "requestedOn",
                    "acceptance can be requested from " + dates.from() + " (construction ends " + constructionEnd + ")");
        }
        within(dates, requestedOn, clock, "requestedOn");
    }

    @CommandHandler
    public CommandResult handle(ReviewAcceptanceCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        StatusGate.requireTransition(status, PlatformStatus::acceptsAcceptanceReview,
                "only a platform that requested acceptance can be reviewed");
        within(parameters.acceptanceWindow(constructionEnd), command.reviewedOn(), clock, "reviewedOn");
        apply(new AcceptanceReviewedEvent(platformId, command.result(), command.reviewedOn(), command.panel(),
                command.remarks()));
        return result(null);
    }

    // --- agreements and money ---

    @CommandHandler
    public CommandResult handle(SignAgreementCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
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
    public CommandResult handle(RecordInstallmentCommand command, Clock clock, ProgrammeRules rules,
                                Evidence cited) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        List<String> documents = EvidenceCitations.requireUploaded(cited, platformId, command.documents());
        apply(entries.installment(platformId, command, documents, entryWindow(rules, clock), clock));
        return result(command.entryId().value());
    }

    /**
     * A file of installments, enterprise contributions or expenditures (ADR 0024): each row judged by the handler of its
     * single command, in the file's order, on the state the rows before it left, so the rules are the same ones and
     * written once. A row whose entry the platform already holds (the same entry id, kind, source and date) was
     * recorded by an earlier upload and is skipped. Every failing row is listed; if any fails, nothing is recorded (the
     * unit of work rolls back). Each row judged is reported to {@code progress} for a client watching the file.
     */
    @CommandHandler
    @MessageHandlerTimeout(timeoutMs = 300_000, warningThresholdMs = 60_000, warningIntervalMs = 30_000)
    public ImportResult handle(RecordImportCommand command, Clock clock, ProgrammeRules storedRules, Evidence cited,
                               ImportProgress progress) {
        // One file is judged by one reading of its programme's rules, as a single command is: read once, not per row
        // (each reading asks the event store whether the programme changed).
        Map<String, ParameterTimeline> timelines = new HashMap<>();
        ProgrammeRules rules = programme -> timelines.computeIfAbsent(programme, storedRules::timeline);
        List<ImportRefusedException.RowRefusal> refusals = new ArrayList<>();
        List<Integer> recorded = new ArrayList<>();
        List<Integer> already = new ArrayList<>();
        Set<String> inThisFile = new HashSet<>();
        int judged = 0;
        for (RecordImportCommand.Row row : command.rows()) {
            String entryId = row.command().entryId();
            if (!inThisFile.add(entryId)) {
                refusals.add(new ImportRefusedException.RowRefusal(row.number(), "entryId", ErrorCode.ID_ALREADY_USED,
                        entryId + " is the entry id of an earlier row of this file"));
            } else if (usedIds.contains(entryId) && entries.holds(entryId, importedEntry(row.command()))) {
                already.add(row.number());
            } else {
                try {
                    if (row.command() instanceof RecordImportCommand.InstallmentRow installment) {
                        handle(installment.installment(), clock, rules, cited);
                    } else if (row.command() instanceof RecordImportCommand.ContributionRow contribution) {
                        handle(contribution.contribution(), clock, rules, cited);
                    } else if (row.command() instanceof RecordImportCommand.ExpenditureRow expenditure) {
                        handle(expenditure.expenditure(), clock, rules, cited);
                    }
                    recorded.add(row.number());
                } catch (LedgerRuleException e) {
                    refusals.add(new ImportRefusedException.RowRefusal(row.number(), e.field(), e.code(), e.getMessage()));
                }
            }
            progress.judged(platformId, command.progressId(), ++judged);
        }
        ImportResult result = new ImportResult(platformId, recorded, already, getVersion());
        if (!refusals.isEmpty() || command.recordNothing()) {
            throw new ImportRefusedException(refusals, result);
        }
        return result;
    }

    private static LedgerEntry importedEntry(RecordImportCommand.RowEntry row) {
        if (row instanceof RecordImportCommand.InstallmentRow i) {
            RecordInstallmentCommand c = i.installment();
            return new LedgerEntry(EntryKind.INSTALLMENT, c.source(), null, c.form(), c.amount(), c.effectiveDate());
        }
        if (row instanceof RecordImportCommand.ContributionRow k) {
            RecordEnterpriseContributionCommand c = k.contribution();
            return new LedgerEntry(EntryKind.ENTERPRISE_CONTRIBUTION, FundingSource.ENTERPRISE, c.partyId().value(),
                    c.form(), c.amount(), c.effectiveDate());
        }
        RecordExpenditureCommand c = ((RecordImportCommand.ExpenditureRow) row).expenditure();
        return new LedgerEntry(EntryKind.EXPENDITURE, c.chargedSource(), null, null, c.amount(), c.effectiveDate());
    }

    @CommandHandler
    public CommandResult handle(RecordEnterpriseContributionCommand command, Clock clock, ProgrammeRules rules,
                                Evidence cited) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        List<String> documents = EvidenceCitations.requireUploaded(cited, platformId, command.documents());
        apply(entries.contribution(platformId, command, documents, parties, entryWindow(rules, clock), clock));
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordExpenditureCommand command, Clock clock, ProgrammeRules rules,
                                Evidence cited) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsMoneyEntries);
        unused(usedIds, command.entryId().value(), "entryId");
        List<String> documents = EvidenceCitations.requireUploaded(cited, platformId, command.documents());
        ProgrammeParameters parameters = inForceToday(rules, clock);
        ExpenditureRecordedEvent expenditure = entries.expenditure(platformId, command, documents, parties,
                parameters.entryWindow(constructionStart, constructionEnd), clock);
        BudgetPolicy.requireWithin(budget, spending, expenditure.category(), expenditure.effectiveDate().getYear(),
                expenditure.amount(), parameters.budgetTolerance(), "amount");
        apply(expenditure);
        return result(command.entryId().value());
    }

    @CommandHandler
    public CommandResult handle(RecordAdjustmentCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
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
    public CommandResult handle(RecordRecoveryCommand command, Clock clock, ProgrammeRules rules) {
        StatusGate.requireRecoverable(status);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(entries.recovery(platformId, command,
                inForceToday(rules, clock).settlementWindow(constructionStart, constructionEnd), clock));
        return result(command.entryId().value());
    }

    // --- the provincial money chain: allocation, payment, arrival (docs/domain.md §9) ---

    @CommandHandler
    public CommandResult handle(RecordProvincialAllocationCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        StatusGate.requireOpen(status, PlatformStatus::acceptsProvincialFunds);
        apply(chain.allocation(platformId, command, decisionIds, plan.plannedProvincial(),
                parameters.settlementWindow(constructionStart, constructionEnd), clock));
        return result(command.allocationId());
    }

    @CommandHandler
    public CommandResult handle(RecordProvincialPaymentCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        StatusGate.requireOpen(status, PlatformStatus::acceptsProvincialFunds);
        apply(chain.payment(platformId, command, parameters.settlementWindow(constructionStart, constructionEnd),
                clock));
        return result(command.paymentId());
    }

    /** Money paid arrives even after the books closed: an arrival lies in the settlement window, like a recovery. */
    @CommandHandler
    public CommandResult handle(ConfirmProvincialArrivalCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        StatusGate.requireRecoverable(status);
        unused(usedIds, command.entryId().value(), "entryId");
        apply(chain.arrival(platformId, command, parameters.settlementWindow(constructionStart, constructionEnd),
                clock));
        return result(command.entryId().value());
    }

    // --- changes that need four eyes: proposed here, approved by another administrator ---

    @CommandHandler
    public CommandResult handle(RecordPerformanceDecisionCommand command, Clock clock, ProgrammeRules rules) {
        ProposedDecision decision = new ProposedDecision(command.decisionId().value(), command.type(),
                command.amount(), command.basis(), command.decisionRef(), command.decidedOn());
        checkDecision(decision, inForceToday(rules, clock), clock);
        requireDecisionNotPending(decision.decisionId());
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new DecisionProposedEvent(platformId, command.proposalId(), command.proposedBy(), decision));
        return result(command.proposalId());
    }

    @CommandHandler
    public CommandResult handle(ReviseFundingPlanCommand command, Clock clock, ProgrammeRules rules) {
        ProposedPlanRevision revision = new ProposedPlanRevision(List.copyOf(command.plan()), command.reason(),
                command.decisionRef(), command.budget() == null ? null : List.copyOf(command.budget()));
        checkPlanRevision(revision, inForceToday(rules, clock));
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

    @CommandHandler
    public CommandResult handle(ExtendConstructionCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        ProposedExtension extension = new ProposedExtension(command.newEnd(), command.reason(), command.decisionRef());
        checkExtension(extension, parameters);
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new ExtensionProposedEvent(platformId, command.proposalId(), command.proposedBy(), extension));
        return result(command.proposalId());
    }

    @CommandHandler
    public CommandResult handle(OverrideAcceptanceGateCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
        checkAcceptanceRequest(command.requestedOn(), clock, parameters);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "an override of the acceptance gate gives its reason");
        }
        fourEyes.requireNewProposalId(command.proposalId());
        apply(new AcceptanceOverrideProposedEvent(platformId, command.proposalId(), command.proposedBy(),
                new ProposedAcceptanceOverride(command.requestedOn(), command.reason())));
        return result(command.proposalId());
    }

    /**
     * Applies a pending proposal once {@link FourEyes} lets {@code approvedBy} approve it; the change's own rules are
     * checked again on the current state, which may have moved since it was proposed, and by the parameters in force
     * on the day of the approval.
     */
    @CommandHandler
    public CommandResult handle(ApproveProposalCommand command, Clock clock, ProgrammeRules rules) {
        ProgrammeParameters parameters = inForceToday(rules, clock);
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
        } else if (proposal instanceof PendingProposal.Extension pending) {
            ProposedExtension x = pending.extension();
            checkExtension(x, parameters);
            apply(new ConstructionExtendedEvent(platformId, constructionEnd, x.newEnd(), x.reason(), x.decisionRef()),
                    bothPeople);
        } else if (proposal instanceof PendingProposal.AcceptanceOverride pending) {
            LocalDate requestedOn = pending.override().requestedOn();
            checkAcceptanceRequest(requestedOn, clock, parameters);
            OpenFindingsPolicy.requireNoneOpen(findings);
            List<String> failing = AcceptanceGate.failing(
                    evidence.subject(status, constructionStart, constructionEnd, requestedOn), requestedOn, parameters);
            apply(new AcceptanceRequestedEvent(platformId, requestedOn, new ReadinessOverride(
                    pending.override().reason(), failing, proposal.proposedBy(), command.approvedBy())), bothPeople);
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
    private DateWindow entryWindow(ProgrammeRules rules, Clock clock) {
        return inForceToday(rules, clock).entryWindow(constructionStart, constructionEnd);
    }

    /** Every rule of a command is its programme's as in force on the day it is recorded (China time). */
    private ProgrammeParameters inForceToday(ProgrammeRules rules, Clock clock) {
        return rules.timeline(programmeId).inForce(LocalDate.now(clock));
    }

    /** One pending proposal per decision id: two approvals must not record the same decision twice. */
    private void requireDecisionNotPending(String decisionId) {
        boolean proposed = fourEyes.pendingProposals().stream().anyMatch(p -> p instanceof PendingProposal.Decision d
                && d.decision().decisionId().equals(decisionId));
        if (proposed) {
            throw new LedgerRuleException(ErrorCode.ID_ALREADY_USED, "decisionId",
                    decisionId + " is already proposed on this platform");
        }
    }

    private void checkPlanRevision(ProposedPlanRevision revision, ProgrammeParameters parameters) {
        StatusGate.requireOpen(status, PlatformStatus::acceptsPlanRevisions);
        FundingPlanPolicy.requireWellFormed(revision.plan(), parties.declaredEnterprises());
        FundingPlanPolicy.requireMeetsProgramme(revision.plan(), parameters);
        if (revision.budget() != null) {
            BudgetPolicy.requireWellFormed(revision.budget(), parameters.entryWindow(constructionStart, constructionEnd));
        }
    }

    private void checkExtension(ProposedExtension extension, ProgrammeParameters parameters) {
        ExtensionPolicy.check(extension, status, constructionEnd, parameters.programmeWindow());
    }

    private void checkSuspension() {
        StatusGate.requireTransition(status, PlatformStatus::acceptsSuspension,
                "only an approved platform under construction can be suspended");
    }

    // --- evaluation rounds (ADR 0026): the round's publication appends to each platform of its results ---

    /**
     * Whether the platform belongs to an evaluation round of {@code roundProgramme} (and of {@code roundBatch}, unless
     * the round takes every batch): approved once, neither rejected nor terminated. Asked when a panel score is
     * recorded and a publication proposed; {@link #publishEvaluation} asks again on the state of the approval.
     */
    public boolean belongsToRound(String roundProgramme, Integer roundBatch) {
        String own = programmeId == null ? ProgrammeId.DEFAULT.value() : programmeId;
        return status != null && status.wasApproved() && status != PlatformStatus.TERMINATED
                && own.equals(roundProgramme) && (roundBatch == null || roundBatch.equals(batch));
    }

    /**
     * Appends the platform's result of a round ({@link EvaluationPublishedEvent}) and, when the grade calls for one,
     * the performance decision it leads to, as a proposal of {@code proposedBy} under the proposal id {@code
     * published.roundId()} (the decision needs its own four eyes, {@link #handle(ApproveProposalCommand, Clock,
     * ProgrammeRules)}). Called by the round's publication (command.evaluation.EvaluationPublication) for each
     * platform of the results, in one unit of work: a refusal here fails the whole publication. The decision meets
     * the rules of a decision proposed by hand ({@link DecisionPolicy}).
     */
    public void publishEvaluation(EvaluationPublishedEvent published, ProposedDecision decision, String proposedBy,
                                  String roundProgramme, Integer roundBatch, Clock clock, ProgrammeRules rules) {
        if (!belongsToRound(roundProgramme, roundBatch)) {
            throw new LedgerRuleException(ErrorCode.PLATFORM_NOT_IN_ROUND, "platformId", "platform " + platformId
                    + " is " + status + " (programme " + programmeId + ", batch " + batch + "): not in this round");
        }
        if (evaluatedRounds.contains(published.roundId())) {
            throw new LedgerRuleException(ErrorCode.ROUND_ALREADY_PUBLISHED, "roundId",
                    "round " + published.roundId() + " was published on platform " + platformId + " already");
        }
        if (decision != null) {
            requireAcceptsRoundDecision(decision, published.roundId(), clock, rules);
        }
        apply(published);
        if (decision != null) {
            apply(new DecisionProposedEvent(platformId, published.roundId(), proposedBy, decision));
        }
    }

    /**
     * Read-only: whether the decision a round's grade leads to, proposed under {@code proposalId}, meets the rules of a
     * decision proposed by hand ({@link DecisionPolicy}: status, date in the settlement window, amounts) and its ids
     * are free. Asked when the round's publication is proposed (command.evaluation.PlatformMembership), so a date the
     * platform refuses is told then, and by {@link #publishEvaluation} when it is approved.
     */
    public void requireAcceptsRoundDecision(ProposedDecision decision, String proposalId, Clock clock,
                                            ProgrammeRules rules) {
        checkDecision(decision, inForceToday(rules, clock), clock);
        requireDecisionNotPending(decision.decisionId());
        fourEyes.requireNewProposalId(proposalId);
    }

    /** The platform's id and version after {@link #publishEvaluation}. */
    public CommandResult evaluationResult() {
        return result(null);
    }

    // --- enterprise confirmation: the enterprise a contribution names vouches for it, or disputes it ---

    @CommandHandler
    public CommandResult handle(ConfirmContributionCommand command) {
        ContributionConfirmations.Contribution c = ContributionAnswers.answerable(evidence.contributions(), parties,
                command.entryId(), command.creditCode(), ContributionConfirmations.State.CONFIRMED);
        apply(new ContributionConfirmedEvent(platformId, c.entryId(), c.partyId(), command.creditCode(), c.amount()));
        return result(c.entryId());
    }

    @CommandHandler
    public CommandResult handle(DisputeContributionCommand command) {
        ContributionConfirmations.Contribution c = ContributionAnswers.answerable(evidence.contributions(), parties,
                command.entryId(), command.creditCode(), ContributionConfirmations.State.DISPUTED);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new LedgerRuleException(ErrorCode.REASON_REQUIRED, "reason", "a dispute gives its reason");
        }
        apply(new ContributionDisputedEvent(platformId, c.entryId(), c.partyId(), command.creditCode(), c.amount(),
                command.reason()));
        return result(c.entryId());
    }

    // --- task book and reports ---

    @CommandHandler
    public CommandResult handle(SetTaskBookCommand command, Clock clock, ProgrammeRules rules) {
        StatusGate.requireOpen(status, PlatformStatus::isOpenForReports);
        ProgrammeParameters parameters = inForceToday(rules, clock);
        if (command.budget() != null) {
            if (budget != null) {
                throw new LedgerRuleException(ErrorCode.BUDGET_ALREADY_DECLARED, "budget",
                        "the budget was declared (version " + budget.version() + "); a plan revision changes it");
            }
            BudgetPolicy.requireWellFormed(command.budget(), parameters.entryWindow(constructionStart, constructionEnd));
        }
        reporting.setTaskBook(platformId, command, parameters);
        if (command.budget() != null) {
            apply(new BudgetSetEvent(platformId, 1, List.copyOf(command.budget()), command.reason(),
                    command.decisionRef()));
        }
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(SubmitPeriodicReportCommand command, ProgrammeRules rules, Clock clock) {
        StatusGate.requireOpen(status, PlatformStatus::isOpenForReports);
        reporting.submit(platformId, command, constructionStart, constructionEnd, inForceToday(rules, clock), clock);
        return result(command.period().toString());
    }

    // --- audit findings and rectification ---

    @CommandHandler
    public CommandResult handle(RecordFindingCommand command, Evidence cited, Clock clock) {
        if (!status.wasApproved()) {
            throw new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "findings are recorded on approved platforms");
        }
        findings.record(platformId, command, cited, clock);
        return result(command.findingId());
    }

    @CommandHandler
    public CommandResult handle(SubmitRectificationCommand command, Evidence cited) {
        findings.rectify(platformId, command, cited);
        return result(command.findingId());
    }

    @CommandHandler
    public CommandResult handle(CloseFindingCommand command) {
        findings.close(platformId, command);
        return result(command.findingId());
    }

    @CommandHandler
    public CommandResult handle(ReopenFindingCommand command, Clock clock) {
        findings.reopen(platformId, command, clock);
        return result(command.findingId());
    }

    private CommandResult result(String entryId) {
        return CommandResult.ofPlatform(platformId, entryId, getVersion());
    }

    // --- event sourcing: assignments only ---

    @EventSourcingHandler
    void on(PlatformDeclaredEvent event) {
        platformId = event.platformId();
        programmeId = event.programmeId();
        status = StatusFold.after(status, event);
        plan = FundingPlan.of(event.plan());
        parties.declared(event.enterprises());
    }

    @EventSourcingHandler
    void on(PlatformApprovedEvent event) {
        status = StatusFold.after(status, event);
        batch = event.batch();
        plan = plan.approvedAs(event.plan());
        constructionStart = ConstructionPeriodFold.startSetBy(event).orElseThrow();
        constructionEnd = ConstructionPeriodFold.endSetBy(event).orElseThrow();
    }

    @EventSourcingHandler
    void on(EvaluationPublishedEvent event) {
        evaluatedRounds.add(event.roundId());
    }

    @EventSourcingHandler
    void on(ConstructionExtendedEvent event) {
        constructionEnd = ConstructionPeriodFold.endSetBy(event).orElseThrow();
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
    void on(AgreementSignedEvent event, @MessageIdentifier String eventId) {
        usedIds.add(event.agreementId());
        parties.signed(event.parties());
        evidence.agreement(eventId);
    }

    @EventSourcingHandler
    void on(MoneyEntryEvent event, @MessageIdentifier String eventId) {
        usedIds.add(event.entryId());
        entries.recorded(event);
        evidence.recorded(event, eventId);
        if (event instanceof ExpenditureRecordedEvent expenditure) {
            spending.recorded(expenditure);
        }
        chain.recorded(event);
    }

    @EventSourcingHandler
    void on(AdjustmentRecordedEvent event, @MessageIdentifier String eventId) {
        usedIds.add(event.entryId());
        entries.corrected(event);
        spending.corrected(event);
        chain.corrected(event);
        evidence.corrected(event, eventId);
    }

    @EventSourcingHandler
    void on(TaskBookSetEvent event, @MessageIdentifier String eventId) {
        evidence.taskBook(event, eventId);
    }

    @EventSourcingHandler
    void on(PeriodicReportSubmittedEvent event, @MessageIdentifier String eventId) {
        evidence.report(event, eventId);
    }

    @EventSourcingHandler
    void on(ContributionConfirmedEvent event, @MessageIdentifier String eventId) {
        evidence.confirmed(event, eventId);
    }

    @EventSourcingHandler
    void on(ContributionDisputedEvent event, @MessageIdentifier String eventId) {
        evidence.disputed(event, eventId);
    }

    @EventSourcingHandler
    void on(DecisionProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new PendingProposal.Decision(event.proposedBy(), event.decision()));
    }

    @EventSourcingHandler
    void on(PlanRevisionProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new PendingProposal.PlanRevision(event.proposedBy(), event.planRevision()));
    }

    @EventSourcingHandler
    void on(SuspensionProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new PendingProposal.Suspension(event.proposedBy(), event.suspension()));
    }

    @EventSourcingHandler
    void on(ExtensionProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new PendingProposal.Extension(event.proposedBy(), event.extension()));
    }

    @EventSourcingHandler
    void on(AcceptanceOverrideProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new PendingProposal.AcceptanceOverride(event.proposedBy(),
                event.override()));
    }

    @EventSourcingHandler
    void on(ProposalApprovedEvent event) {
        fourEyes.closed(event.proposalId());
    }

    @EventSourcingHandler
    void on(ProposalWithdrawnEvent event) {
        fourEyes.closed(event.proposalId());
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

    // --- snapshot form of what grows with the platform's history (SnapshotBytes, ADR 0008) ---

    @JsonProperty("usedIdRows")
    private byte[] usedIdRows() {
        SnapshotBytes.Writer rows = new SnapshotBytes.Writer().count(usedIds.size());
        usedIds.forEach(rows::text);
        return rows.toBytes();
    }

    @JsonProperty("usedIdRows")
    private void usedIdRows(byte[] bytes) {
        SnapshotBytes.Reader rows = new SnapshotBytes.Reader(bytes);
        int count = rows.count();
        Set<String> read = new HashSet<>((int) (count / 0.75f) + 1);
        for (int i = 0; i < count; i++) {
            read.add(rows.text());
        }
        rows.requireEnd();
        usedIds = read;
    }
}
