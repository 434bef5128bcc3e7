package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

/** 暂停: no installment or expenditure is accepted until resumed. */
@Revision("1")
public record PlatformSuspendedEvent(String platformId, String reason, String decisionRef) implements PlatformEvent {
}
