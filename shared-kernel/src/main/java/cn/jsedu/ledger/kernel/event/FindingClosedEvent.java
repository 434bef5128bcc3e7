package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** The education department accepted the rectification and closed the finding. */
@Revision("1")
public record FindingClosedEvent(String platformId, String findingId, String remarks) implements PlatformEvent {
}
