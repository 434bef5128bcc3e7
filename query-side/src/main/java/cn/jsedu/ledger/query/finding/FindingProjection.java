package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.kernel.event.FindingClosedEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.FindingReopenedEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Audit findings and where each stands: recorded, answered, closed, reopened (docs/domain.md §8). */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class FindingProjection {

    private final ReadModelWriter writer;

    public FindingProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(FindingRecordedEvent e, EventMessage<?> message) {
        writer.update("""
                INSERT INTO read_model.finding (platform_id, finding_id, category, text, evidence_event_ids, documents,
                  deadline, status, recorded_by, recorded_at, event_id, reopened_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.platformId(), e.findingId(), e.category().name(),
                e.text(), String.join(" ", e.evidenceEventIds()), String.join(" ", e.documents()), e.deadline(),
                FindingStatus.OPEN.name(), user(message), time(message.getTimestamp()), message.getIdentifier(), 0);
    }

    @EventHandler
    void on(RectificationSubmittedEvent e, EventMessage<?> message) {
        writer.update("""
                UPDATE read_model.finding SET status = ?, rectification_text = ?, rectification_documents = ?,
                  rectified_by = ?, rectified_at = ? WHERE platform_id = ? AND finding_id = ?""",
                FindingStatus.ANSWERED.name(), e.text(), String.join(" ", e.documents()), user(message),
                time(message.getTimestamp()), e.platformId(), e.findingId());
    }

    @EventHandler
    void on(FindingClosedEvent e, EventMessage<?> message) {
        writer.update("""
                UPDATE read_model.finding SET status = ?, closed_by = ?, closed_at = ?, closing_remarks = ?
                WHERE platform_id = ? AND finding_id = ?""", FindingStatus.CLOSED.name(), user(message),
                time(message.getTimestamp()), e.remarks(), e.platformId(), e.findingId());
    }

    @EventHandler
    void on(FindingReopenedEvent e) {
        writer.update("""
                UPDATE read_model.finding SET status = ?, deadline = ?, reopen_reason = ?,
                  reopened_count = reopened_count + 1, closed_by = NULL, closed_at = NULL, closing_remarks = NULL
                WHERE platform_id = ? AND finding_id = ?""", FindingStatus.OPEN.name(), e.deadline(), e.reason(),
                e.platformId(), e.findingId());
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(EventMetadataKeys.USER);
        return user == null ? null : user.toString();
    }
}
