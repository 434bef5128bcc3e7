package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.ParameterChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEstablishedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeFold;
import cn.jsedu.ledger.kernel.event.ProgrammeParametersChangedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProgrammeProposedEvent;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.programme.ProgrammeStatus;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * The programmes (read_model.programme), their approved rule changes with their recording times
 * (read_model.programme_parameter_change: what {@link ProgrammeQueries#timeline} makes a {@code ParameterTimeline}
 * of) and their proposals (read_model.programme_proposal). In the read-models processing group, so a programme's rows
 * are written in the same transactions, in stream order, as every platform's.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ProgrammeProjection {

    private static final String UPSERT = """
            INSERT INTO read_model.programme (programme_id, name, status, base_parameters, proposed_at, established_at,
              version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (programme_id) DO UPDATE SET name = EXCLUDED.name, status = EXCLUDED.status,
              base_parameters = COALESCE(EXCLUDED.base_parameters, programme.base_parameters),
              established_at = COALESCE(EXCLUDED.established_at, programme.established_at),
              version = GREATEST(programme.version, EXCLUDED.version), updated_at = EXCLUDED.updated_at""";
    private static final String TOUCH = """
            UPDATE read_model.programme SET version = GREATEST(version, ?), updated_at = ? WHERE programme_id = ?""";
    private static final String SET_STATUS = "UPDATE read_model.programme SET status = ? WHERE programme_id = ?";
    private static final String PROPOSE = """
            INSERT INTO read_model.programme_proposal (programme_id, proposal_id, kind, status, proposed_by, proposed_at,
              effective_from, proposed, summary, event_id, reason, decision_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (programme_id, proposal_id) DO NOTHING""";
    private static final String DECIDE = """
            UPDATE read_model.programme_proposal SET status = ?, decided_by = ?, decided_at = ?
            WHERE programme_id = ? AND proposal_id = ?""";

    private final ReadModelWriter writer;

    public ProgrammeProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ProgrammeProposedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update(UPSERT, e.programmeId(), e.name(), status(e), null, time(at), null, sequence, time(at));
        writer.update(PROPOSE, e.programmeId(), e.proposalId(), e.kind().name(), ProposalStatus.PENDING.name(),
                e.proposedBy(), time(at), null, ParameterJson.write(e.parameters()), limit("programme " + e.name()),
                message.getIdentifier(), null, null);
    }

    @EventHandler
    void on(ProgrammeEstablishedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update(UPSERT, e.programmeId(), e.name(), status(e), ParameterJson.write(e.parameters()), null,
                time(at), sequence, time(at));
    }

    @EventHandler
    void on(ParameterChangeProposedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update(PROPOSE, e.programmeId(), e.proposalId(), e.kind().name(), ProposalStatus.PENDING.name(),
                e.proposedBy(), time(at), e.change().effectiveFrom(), ParameterJson.write(e.change().changes()),
                limit(e.change().changes().describe() + " from " + e.change().effectiveFrom() + ", "
                        + e.change().decisionRef() + ": " + e.change().reason()), message.getIdentifier(),
                e.change().reason(), e.change().decisionRef());
        writer.update(TOUCH, sequence, time(at), e.programmeId());
    }

    @EventHandler
    void on(ProgrammeParametersChangedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                INSERT INTO read_model.programme_parameter_change (programme_id, sequence_number, effective_from,
                  recorded_at, changes, reason, decision_ref, proposal_id, proposed_by, approved_by, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (programme_id, sequence_number) DO NOTHING""",
                e.programmeId(), sequence, e.effectiveFrom(), time(at), ParameterJson.write(e.changes()), e.reason(),
                e.decisionRef(), meta(message, EventMetadataKeys.PROPOSAL_ID), meta(message, EventMetadataKeys.PROPOSED_BY),
                meta(message, EventMetadataKeys.APPROVED_BY), message.getIdentifier());
        writer.update(TOUCH, sequence, time(at), e.programmeId());
    }

    @EventHandler
    void on(ProgrammeProposalApprovedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update(DECIDE, ProposalStatus.APPROVED.name(), e.approvedBy(), time(message.getTimestamp()),
                e.programmeId(), e.proposalId());
        writer.update(TOUCH, sequence, time(message.getTimestamp()), e.programmeId());
    }

    @EventHandler
    void on(ProgrammeProposalWithdrawnEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        writer.update(DECIDE, ProposalStatus.WITHDRAWN.name(), e.withdrawnBy(), time(message.getTimestamp()),
                e.programmeId(), e.proposalId());
        if (e.kind() == ProposalKind.PROGRAMME_ESTABLISHMENT) {
            writer.update(SET_STATUS, status(e), e.programmeId());
        }
        writer.update(TOUCH, sequence, time(message.getTimestamp()), e.programmeId());
    }

    /** The status the event sets (ProgrammeFold's), as the column stores it. */
    private static String status(ProgrammeEvent e) {
        ProgrammeStatus status = ProgrammeFold.status(null, e);
        return status == null ? null : status.name();
    }

    private static String meta(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String limit(String summary) {
        return summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…";
    }
}
