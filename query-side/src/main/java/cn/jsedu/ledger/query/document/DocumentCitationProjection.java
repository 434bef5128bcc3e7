package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import cn.jsedu.ledger.kernel.event.FindingRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.RectificationSubmittedEvent;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Which event cites which evidence document (ADR 0021): a platform's documents list names the events citing each. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DocumentCitationProjection {

    private final ReadModelWriter writer;

    public DocumentCitationProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PlatformEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        if (!(e instanceof DocumentCitingEvent citing)) {
            return;
        }
        for (String hash : citing.documents()) {
            writer.update("""
                    INSERT INTO read_model.document_citation (platform_id, sha256, event_id, sequence_number, event_type,
                      subject_id, cited_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", e.platformId(), hash,
                    message.getIdentifier(), sequence, e.getClass().getSimpleName(), subject(e),
                    time(message.getTimestamp()));
        }
    }

    /** The entry or finding the citing event is about. */
    static String subject(PlatformEvent e) {
        if (e instanceof MoneyEntryEvent entry) {
            return entry.entryId();
        }
        if (e instanceof FindingRecordedEvent finding) {
            return finding.findingId();
        }
        if (e instanceof RectificationSubmittedEvent rectification) {
            return rectification.findingId();
        }
        return null;
    }
}
