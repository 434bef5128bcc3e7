package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.document.DocumentCitingEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/** 整改: the college's answer to an open finding: what it did, with its evidence documents. */
@Revision("1")
public record RectificationSubmittedEvent(String platformId, String findingId, String text, List<String> documents)
        implements PlatformEvent, DocumentCitingEvent {

    public RectificationSubmittedEvent {
        documents = DocumentCitingEvent.orEmpty(documents);
    }
}
