package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.event.ChangeProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Four-eyes proposals and what became of them, so a second administrator can find what waits for approval. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ProposalProjection {

    private static final String DECIDED = """
            UPDATE read_model.proposal SET status = ?, decided_by = ?, decided_at = ?
            WHERE platform_id = ? AND proposal_id = ?""";

    private final ReadModelWriter writer;

    public ProposalProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ChangeProposedEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.proposal (platform_id, proposal_id, kind, status, proposed_by, proposed_at, summary,
                  event_id) VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?)""", e.platformId(), e.proposalId(), e.kind().name(),
                e.proposedBy(), time(message.getTimestamp()), summary(e), message.getIdentifier());
    }

    @EventHandler
    void on(ProposalApprovedEvent e, EventMessage<?> message) {
        writer.update(DECIDED, "APPROVED", e.approvedBy(), time(message.getTimestamp()), e.platformId(), e.proposalId());
    }

    @EventHandler
    void on(ProposalWithdrawnEvent e, EventMessage<?> message) {
        writer.update(DECIDED, "WITHDRAWN", e.withdrawnBy(), time(message.getTimestamp()), e.platformId(), e.proposalId());
    }

    static String summary(ChangeProposedEvent e) {
        return switch (e.kind()) {
            case PERFORMANCE_DECISION -> e.decision().type() + (e.decision().amount() == null ? "" : " " + e.decision().amount())
                    + " " + e.decision().decisionRef() + ": " + e.decision().basis();
            case FUNDING_PLAN_REVISION -> "plan of " + e.planRevision().plan().size() + " lines, "
                    + e.planRevision().decisionRef() + ": " + e.planRevision().reason();
            case SUSPENSION -> "suspension " + e.suspension().decisionRef() + ": " + e.suspension().reason();
        };
    }
}
