package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.command.foureyes.FourEyes;
import cn.jsedu.ledger.command.platform.CommandResult;
import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.ParameterChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeFold;
import cn.jsedu.ledger.kernel.event.ProgrammeParametersChangedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposedEvent;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.kernel.programme.ProposedParameterChange;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A programme (计划, docs/domain.md §9 "Programmes", "Rules as events"): its name, its status and its parameters over
 * time ({@link ParameterTimeline}: the set it was established with and every rule change since, each from an effective
 * date). One event stream per programme, whose identifier is the programme id; its platforms name it.
 *
 * <p>Everything that changes a programme's rules needs four eyes ({@link FourEyes}, the same rule as a platform's):
 * establishing it and changing its parameters are proposals that take effect when another province administrator
 * approves them; the change is checked when proposed and again when approved ({@link ParameterChangePolicy}). The
 * default programme alone is established without a proposal, by the ledger itself, from the plan as configured
 * ({@link DefaultProgramme}).
 */
@Aggregate
@Revision("1")
public class Programme {

    @AggregateIdentifier
    private String programmeId;
    private String name;
    private ProgrammeStatus status;
    /** Null until established. */
    private ParameterTimeline timeline;
    private FourEyes<ProgrammeProposal> fourEyes = new FourEyes<>();

    protected Programme() {
        // for Axon
    }

    /** Called by {@link ProgrammeEstablishment}: a new programme, proposed. */
    Programme(ProposeProgrammeCommand command) {
        apply(new ProgrammeProposedEvent(command.programmeId().value(), command.proposalId(), command.proposedBy(),
                command.name(), command.parameters()));
    }

    /** Called by {@link ProgrammeEstablishment}: the default programme, from the plan as configured. */
    Programme(String programmeId, EstablishDefaultProgrammeCommand command) {
        apply(new ProgrammeEstablishedEvent(programmeId, command.name(), command.parameters()));
    }

    @CommandHandler
    public CommandResult handle(ProposeParameterChangeCommand command, Clock clock) {
        requireEstablished();
        fourEyes.requireNewProposalId(command.proposalId());
        ProposedParameterChange change = new ProposedParameterChange(command.effectiveFrom(), command.changes(),
                command.reason(), command.decisionRef());
        ParameterChangePolicy.check(change, timeline, clock);
        apply(new ParameterChangeProposedEvent(programmeId, command.proposalId(), command.proposedBy(), change));
        return result(command.proposalId());
    }

    /**
     * Applies a pending proposal once {@link FourEyes} lets {@code approvedBy} approve it. A rule change is checked
     * again on the day of the approval and against every change recorded since it was proposed.
     */
    @CommandHandler
    public CommandResult handle(ApproveProgrammeProposalCommand command, Clock clock) {
        ProgrammeProposal proposal = fourEyes.approvableBy(command.proposalId(), command.approvedBy());
        MetaData bothPeople = FourEyes.approvalMetaData(command.proposalId(), proposal, command.approvedBy());
        if (proposal instanceof ProgrammeProposal.Establishment establishment) {
            apply(new ProgrammeEstablishedEvent(programmeId, establishment.name(), establishment.parameters()),
                    bothPeople);
        } else if (proposal instanceof ProgrammeProposal.ParameterChange pending) {
            requireEstablished();
            ProposedParameterChange change = pending.change();
            ParameterChangePolicy.check(change, timeline, clock);
            apply(new ProgrammeParametersChangedEvent(programmeId, change.effectiveFrom(), change.changes(),
                    change.reason(), change.decisionRef()), bothPeople);
        }
        apply(new ProgrammeProposalApprovedEvent(programmeId, command.proposalId(), proposal.kind(),
                proposal.proposedBy(), command.approvedBy()), bothPeople);
        return result(null);
    }

    @CommandHandler
    public CommandResult handle(WithdrawProgrammeProposalCommand command) {
        ProgrammeProposal proposal = fourEyes.pending(command.proposalId());
        apply(new ProgrammeProposalWithdrawnEvent(programmeId, command.proposalId(), proposal.kind(),
                command.withdrawnBy(), command.reason()));
        return result(command.proposalId());
    }

    private void requireEstablished() {
        if (status == null || !status.isEstablished()) {
            throw new LedgerRuleException(ErrorCode.INVALID_STATE,
                    "programme " + programmeId + " is " + status + ", not established: its rules cannot change yet");
        }
    }

    private CommandResult result(String entryId) {
        return CommandResult.ofProgramme(programmeId, entryId, getVersion());
    }

    // --- event sourcing: assignments only (the status and the timeline are ProgrammeFold's) ---

    @EventSourcingHandler
    void on(ProgrammeProposedEvent event, @Timestamp Instant recordedAt) {
        programmeId = event.programmeId();
        name = event.name();
        status = ProgrammeFold.status(status, event);
        fourEyes.proposed(event.proposalId(),
                new ProgrammeProposal.Establishment(event.proposedBy(), event.name(), event.parameters()));
    }

    @EventSourcingHandler
    void on(ProgrammeEstablishedEvent event, @Timestamp Instant recordedAt) {
        programmeId = event.programmeId();
        name = event.name();
        status = ProgrammeFold.status(status, event);
        timeline = ProgrammeFold.timeline(timeline, event, recordedAt);
    }

    @EventSourcingHandler
    void on(ParameterChangeProposedEvent event) {
        fourEyes.proposed(event.proposalId(), new ProgrammeProposal.ParameterChange(event.proposedBy(), event.change()));
    }

    @EventSourcingHandler
    void on(ProgrammeParametersChangedEvent event, @Timestamp Instant recordedAt) {
        timeline = ProgrammeFold.timeline(timeline, event, recordedAt);
    }

    @EventSourcingHandler
    void on(ProgrammeProposalApprovedEvent event) {
        fourEyes.closed(event.proposalId());
    }

    @EventSourcingHandler
    void on(ProgrammeProposalWithdrawnEvent event) {
        status = ProgrammeFold.status(status, event);
        fourEyes.closed(event.proposalId());
    }
}
