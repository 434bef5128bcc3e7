package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;

import java.time.Instant;

/**
 * How events make a programme: its status and its parameter timeline, the one definition used by the programme
 * aggregate, the command side's view of the rules in force, and the query side's projection.
 */
public final class ProgrammeFold {

    private ProgrammeFold() {
    }

    /** The status after {@code event} of a programme that was {@code current} (null before its first event). */
    public static ProgrammeStatus status(ProgrammeStatus current, ProgrammeEvent event) {
        if (event instanceof ProgrammeProposedEvent) {
            return ProgrammeStatus.PROPOSED;
        }
        if (event instanceof ProgrammeEstablishedEvent) {
            return ProgrammeStatus.ESTABLISHED;
        }
        if (event instanceof ProgrammeProposalWithdrawnEvent e && e.kind() == ProposalKind.PROGRAMME_ESTABLISHMENT) {
            return ProgrammeStatus.WITHDRAWN;
        }
        return current;
    }

    /**
     * The parameter timeline after {@code event}, recorded at {@code recordedAt}: begun by the establishment, one change
     * longer for each approved rule change; null while the programme is not established.
     */
    public static ParameterTimeline timeline(ParameterTimeline current, ProgrammeEvent event, Instant recordedAt) {
        if (event instanceof ProgrammeEstablishedEvent e) {
            return ParameterTimeline.of(e.parameters());
        }
        if (event instanceof ProgrammeParametersChangedEvent e) {
            return current.with(new ParameterTimeline.Change(e.effectiveFrom(), recordedAt, e.changes()));
        }
        return current;
    }
}
