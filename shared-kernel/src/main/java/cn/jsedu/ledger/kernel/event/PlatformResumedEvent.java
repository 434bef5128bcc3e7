package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** The suspension ended; the platform is APPROVED again. */
@Revision("1")
public record PlatformResumedEvent(String platformId, String reason, String decisionRef) implements PlatformEvent {
}
