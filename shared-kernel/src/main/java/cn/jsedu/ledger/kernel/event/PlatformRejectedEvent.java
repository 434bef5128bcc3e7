package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** 未立项: final. */
@Revision("1")
public record PlatformRejectedEvent(String platformId, String reason, String decisionRef) implements PlatformEvent {
}
