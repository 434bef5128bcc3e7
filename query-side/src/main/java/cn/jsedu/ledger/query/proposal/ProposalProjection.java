package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.event.AcceptanceOverrideProposedEvent;
import cn.jsedu.ledger.kernel.event.DecisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ExtensionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.ProposalWithdrawnEvent;
import cn.jsedu.ledger.kernel.event.ProposedChangeEvent;
import cn.jsedu.ledger.kernel.event.SuspensionProposedEvent;
import cn.jsedu.ledger.kernel.platform.ProposedAcceptanceOverride;
import cn.jsedu.ledger.kernel.platform.ProposedDecision;
import cn.jsedu.ledger.kernel.platform.ProposedExtension;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.platform.ProposedSuspension;
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
    void on(ProposedChangeEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.proposal (platform_id, proposal_id, kind, status, proposed_by, proposed_at, summary,
                  event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.proposalId(), e.kind().name(),
                ProposalStatus.PENDING.name(), e.proposedBy(), time(message.getTimestamp()), summary(e),
                message.getIdentifier());
    }

    @EventHandler
    void on(ProposalApprovedEvent e, EventMessage<?> message) {
        writer.update(DECIDED, ProposalStatus.APPROVED.name(), e.approvedBy(), time(message.getTimestamp()),
                e.platformId(), e.proposalId());
    }

    @EventHandler
    void on(ProposalWithdrawnEvent e, EventMessage<?> message) {
        writer.update(DECIDED, ProposalStatus.WITHDRAWN.name(), e.withdrawnBy(), time(message.getTimestamp()),
                e.platformId(), e.proposalId());
    }

    /**
     * One line for a list of proposals: what would change, and on what authority. API clients read it as it is; the
     * console and the dossier read its parts back by these shapes to put them in words (export.ProposalSummaryWords).
     */
    public static String summary(ProposedChangeEvent e) {
        if (e instanceof DecisionProposedEvent p) {
            ProposedDecision d = p.decision();
            return d.type() + (d.amount() == null ? "" : " " + d.amount()) + " " + d.decisionRef() + ": " + d.basis();
        }
        if (e instanceof PlanRevisionProposedEvent p) {
            ProposedPlanRevision r = p.planRevision();
            return "plan of " + r.plan().size() + " lines, " + r.decisionRef() + ": " + r.reason();
        }
        if (e instanceof ExtensionProposedEvent p) {
            ProposedExtension x = p.extension();
            return "extension to " + x.newEnd() + " " + x.decisionRef() + ": " + x.reason();
        }
        if (e instanceof AcceptanceOverrideProposedEvent p) {
            ProposedAcceptanceOverride o = p.override();
            return "acceptance requested on " + o.requestedOn() + " past the readiness checklist: " + o.reason();
        }
        ProposedSuspension s = ((SuspensionProposedEvent) e).suspension();
        return "suspension " + s.decisionRef() + ": " + s.reason();
    }
}
