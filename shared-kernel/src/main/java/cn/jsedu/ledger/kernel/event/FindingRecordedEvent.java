package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * 审计发现: an auditor's finding on the platform, citing events of the platform and evidence documents, to be
 * rectified by {@code deadline}.
 */
@Revision("1")
public record FindingRecordedEvent(String platformId, String findingId, FindingCategory category, String text,
                                   List<String> evidenceEventIds, List<String> documents, LocalDate deadline)
        implements PlatformEvent, DocumentCitingEvent {

    public FindingRecordedEvent {
        evidenceEventIds = evidenceEventIds == null ? List.of() : List.copyOf(evidenceEventIds);
        documents = DocumentCitingEvent.orEmpty(documents);
    }
}
