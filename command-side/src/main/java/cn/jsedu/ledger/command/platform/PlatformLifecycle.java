package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.AcceptanceRequestedEvent;
import cn.jsedu.ledger.kernel.event.AcceptanceReviewedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.event.PlatformRejectedEvent;
import cn.jsedu.ledger.kernel.event.PlatformResumedEvent;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.jsedu.ledger.command.platform.PlatformGuards.notAfterToday;
import static cn.jsedu.ledger.command.platform.PlatformGuards.unused;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_FAILED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTANCE_REQUESTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.ACCEPTED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.APPROVED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.DECLARED;
import static cn.jsedu.ledger.kernel.platform.PlatformStatus.SUSPENDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The lifecycle of a {@link Platform}: approval, rejection, resumption and acceptance (docs/domain.md §4), and the
 * gates that say which state accepts what. Changes that need four eyes are in {@link PlatformDecisions}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
abstract class PlatformLifecycle {

    protected PlatformStatus status;
    protected List<PlanLine> plan;
    protected int planVersion;
    /** Rewards minus reductions of support: added to the planned provincial funds. */
    protected Money provincialAdjustment = Money.ZERO;
    protected LocalDate constructionStart;
    protected LocalDate constructionEnd;
    protected Set<String> decisionIds = new HashSet<>();

    protected abstract CommandResult result(String entryId);

    protected abstract Set<String> enterprisePartyIds();

    @CommandHandler
    public CommandResult handle(ApprovePlatformCommand command, ProgrammeParameters parameters) {
        requireStatus(DECLARED, "only a declared platform can be approved");
        Integer startYear = parameters.batchStartYears().get(command.batch());
        if (startYear == null) {
            throw new LedgerRuleException(ErrorCode.UNKNOWN_BATCH, "batch",
                    "batch must be one of " + parameters.batchStartYears().keySet());
        }
        if (command.constructionStart().getYear() != startYear) {
            throw new LedgerRuleException(ErrorCode.CONSTRUCTION_START_OUTSIDE_BATCH_YEAR, "constructionStart",
                    "batch " + command.batch() + " starts construction in " + startYear);
        }
        List<PlanLine> approvedPlan = command.plan() == null ? plan : List.copyOf(command.plan());
        FundingPlanPolicy.requireWellFormed(approvedPlan, enterprisePartyIds());
        FundingPlanPolicy.requireMeetsProgramme(approvedPlan, parameters);
        apply(new PlatformApprovedEvent(platformIdValue(), command.batch(), command.constructionStart(),
                parameters.constructionEnd(command.constructionStart()), approvedPlan, command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(RejectPlatformCommand command) {
        requireStatus(DECLARED, "only a declared platform can be rejected");
        apply(new PlatformRejectedEvent(platformIdValue(), command.reason(), command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(ResumePlatformCommand command) {
        requireStatus(SUSPENDED, "only a suspended platform can be resumed");
        apply(new PlatformResumedEvent(platformIdValue(), command.reason(), command.decisionRef()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(RequestAcceptanceCommand command, Clock clock, ProgrammeParameters parameters) {
        if (status != APPROVED && status != ACCEPTANCE_FAILED) {
            throw stateError("acceptance can be requested only by an approved platform, not one that is " + status);
        }
        notAfterToday(command.requestedOn(), clock, "requestedOn");
        LocalDate earliest = constructionEnd.minusDays(parameters.readinessWindowDays());
        if (parameters.acceptanceFrom().isAfter(earliest)) {
            earliest = parameters.acceptanceFrom();
        }
        if (command.requestedOn().isBefore(earliest)) {
            throw new LedgerRuleException(ErrorCode.ACCEPTANCE_TOO_EARLY, "requestedOn",
                    "acceptance can be requested from " + earliest + " (construction ends " + constructionEnd + ")");
        }
        apply(new AcceptanceRequestedEvent(platformIdValue(), command.requestedOn()));
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(ReviewAcceptanceCommand command, Clock clock) {
        requireStatus(ACCEPTANCE_REQUESTED, "only a platform that requested acceptance can be reviewed");
        notAfterToday(command.reviewedOn(), clock, "reviewedOn");
        apply(new AcceptanceReviewedEvent(platformIdValue(), command.result(), command.reviewedOn(),
                command.panel(), command.remarks()));
        return result(null);
    }

    // --- gates ---

    /** Installments, contributions and expenditures: only while under construction and not suspended. */
    protected void requireAcceptsMoneyEntries() {
        switch (status) {
            case APPROVED, ACCEPTANCE_REQUESTED, ACCEPTANCE_FAILED -> {
            }
            case SUSPENDED -> throw new LedgerRuleException(ErrorCode.PLATFORM_SUSPENDED,
                    "the platform is suspended: no installment or expenditure is accepted until it is resumed");
            case DECLARED -> throw new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED,
                    "the platform is not approved yet");
            default -> throw closed();
        }
    }

    /** Corrections are accepted while suspended too, but not once the books are closed. */
    protected void requireAcceptsCorrections() {
        if (status != SUSPENDED) {
            requireAcceptsMoneyEntries();
        }
    }

    /** Recoveries settle a platform: accepted after approval, also once terminated or accepted. */
    protected void requireAcceptsRecoveries() {
        if (!isApproved() || status == PlatformStatus.REJECTED) {
            throw new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "the platform was never approved");
        }
    }

    /** Task books and reports: from approval until the books close (suspended platforms still report). */
    protected void requireApprovedAndOpen() {
        if (status != APPROVED && status != SUSPENDED && status != ACCEPTANCE_REQUESTED && status != ACCEPTANCE_FAILED) {
            throw status == DECLARED
                    ? new LedgerRuleException(ErrorCode.PLATFORM_NOT_APPROVED, "the platform is not approved yet")
                    : closed();
        }
    }

    protected void requireOpenForAgreements() {
        if (status.isFinal() || status == ACCEPTED) {
            throw closed();
        }
    }

    protected void requireStatus(PlatformStatus required, String message) {
        if (status != required) {
            throw status.isFinal() ? closed() : stateError(message + "; it is " + status);
        }
    }

    protected boolean isApproved() {
        return status != DECLARED && status != PlatformStatus.REJECTED;
    }

    protected LedgerRuleException closed() {
        return new LedgerRuleException(ErrorCode.PLATFORM_CLOSED, "the platform is " + status + ": it accepts no more changes");
    }

    protected static LedgerRuleException stateError(String message) {
        return new LedgerRuleException(ErrorCode.INVALID_STATE, message);
    }

    protected Money plannedProvincial() {
        return FundingPlanPolicy.sourceTotal(plan, PROVINCIAL_FINANCE).plus(provincialAdjustment);
    }

    protected abstract String platformIdValue();

    // --- event sourcing: assignments only ---

    protected void declared(List<PlanLine> declaredPlan) {
        status = DECLARED;
        plan = declaredPlan;
    }

    @EventSourcingHandler
    void on(PlatformApprovedEvent event) {
        status = APPROVED;
        plan = event.plan();
        constructionStart = event.constructionStart();
        constructionEnd = event.constructionEnd();
    }

    @EventSourcingHandler
    void on(PlatformRejectedEvent event) {
        status = PlatformStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PlatformResumedEvent event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(AcceptanceRequestedEvent event) {
        status = ACCEPTANCE_REQUESTED;
    }

    @EventSourcingHandler
    void on(AcceptanceReviewedEvent event) {
        status = event.result().isPass() ? ACCEPTED : ACCEPTANCE_FAILED;
    }
}
