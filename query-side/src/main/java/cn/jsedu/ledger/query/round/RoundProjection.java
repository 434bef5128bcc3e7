package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.event.EvaluationPublicationProposedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublicationWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.EvaluationPublishedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundOpenedEvent;
import cn.jsedu.ledger.kernel.event.EvaluationRoundPublishedEvent;
import cn.jsedu.ledger.kernel.event.PanelScoreRecordedEvent;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.name;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/**
 * Evaluation rounds (ADR 0026) into read_model.evaluation_round, evaluation_panel_score and evaluation_proposal, from
 * the round's own stream (aggregate id = round id), and each platform's published results into
 * read_model.evaluation_result from the platform's {@link EvaluationPublishedEvent}. In the read-models processing
 * group as the programmes are: the processor's default sequencing is per aggregate, so a round's events are applied
 * in order, and a round's rows never depend on a platform's (the round's results come from its own proposal, the
 * platform's from its own event), whatever order two streams' events are applied in.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class RoundProjection {

    private static final String TOUCH = """
            UPDATE read_model.evaluation_round SET version = GREATEST(version, ?), updated_at = ? WHERE round_id = ?""";
    private static final String SET_STATUS = """
            UPDATE read_model.evaluation_round SET status = ?, version = GREATEST(version, ?), updated_at = ?
            WHERE round_id = ?""";

    private final ReadModelWriter writer;

    public RoundProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(EvaluationRoundOpenedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                INSERT INTO read_model.evaluation_round (round_id, programme_id, kind, year, batch, reference_date,
                  scheme_id, scheme_version, status, opened_by, opened_at, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.roundId(), e.programmeId(), e.kind().name(),
                e.year(), e.batch(), e.referenceDate(), e.schemeId(), e.schemeVersion(), RoundStatus.OPEN.name(),
                e.openedBy(), time(at), sequence, time(at));
    }

    @EventHandler
    void on(PanelScoreRecordedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                INSERT INTO read_model.evaluation_panel_score (round_id, sequence_number, platform_id, item_code,
                  centipoints, remarks, recorded_by, recorded_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.roundId(), sequence, e.platformId(), e.itemCode(), e.centipoints(), e.remarks(), e.recordedBy(),
                time(at), message.getIdentifier());
        writer.update(TOUCH, sequence, time(at), e.roundId());
    }

    @EventHandler
    void on(EvaluationPublicationProposedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                INSERT INTO read_model.evaluation_proposal (round_id, proposal_id, status, proposed_by, proposed_at,
                  known_at, results, reward_amount, failed_decision, reduction_amount, decided_on, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.roundId(), e.proposalId(), ProposalStatus.PENDING.name(),
                e.proposedBy(), time(at), time(e.knownAt()), ResultsJson.write(e.results()), money(e.rewardAmount()),
                name(e.failedDecision()), money(e.reductionAmount()), e.decidedOn(), message.getIdentifier());
        writer.update(SET_STATUS, RoundStatus.PROPOSED.name(), sequence, time(at), e.roundId());
    }

    @EventHandler
    void on(EvaluationPublicationWithdrawnEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                UPDATE read_model.evaluation_proposal SET status = ?, decided_by = ?, decided_at = ?, reason = ?
                WHERE round_id = ? AND proposal_id = ?""", ProposalStatus.WITHDRAWN.name(), e.withdrawnBy(), time(at),
                e.reason(), e.roundId(), e.proposalId());
        writer.update(SET_STATUS, RoundStatus.OPEN.name(), sequence, time(at), e.roundId());
    }

    @EventHandler
    void on(EvaluationRoundPublishedEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        Instant at = message.getTimestamp();
        writer.update("""
                UPDATE read_model.evaluation_proposal SET status = ?, decided_by = ?, decided_at = ?
                WHERE round_id = ? AND proposal_id = ?""", ProposalStatus.APPROVED.name(), e.approvedBy(), time(at),
                e.roundId(), e.proposalId());
        writer.update("""
                UPDATE read_model.evaluation_round SET status = ?, published_at = ?, published_proposal_id = ?,
                  version = GREATEST(version, ?), updated_at = ? WHERE round_id = ?""", RoundStatus.PUBLISHED.name(),
                time(at), e.proposalId(), sequence, time(at), e.roundId());
    }

    @EventHandler
    void on(EvaluationPublishedEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.evaluation_result (platform_id, round_id, kind, year, reference_date, scheme_id,
                  scheme_version, known_at, grade, total_centipoints, objective_centipoints, panel_centipoints, rank,
                  round_size, published_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.platformId(), e.roundId(), e.kind().name(), e.year(), e.referenceDate(), e.schemeId(),
                e.schemeVersion(), time(e.knownAt()), e.result().grade().name(), e.result().totalCentipoints(),
                e.result().objectiveCentipoints(), e.result().panelCentipoints(), e.result().rank(), e.roundSize(),
                time(message.getTimestamp()), message.getIdentifier());
    }
}
