package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** 申请验收. */
@Revision("1")
public record AcceptanceRequestedEvent(String platformId, LocalDate requestedOn) implements PlatformEvent {
}
