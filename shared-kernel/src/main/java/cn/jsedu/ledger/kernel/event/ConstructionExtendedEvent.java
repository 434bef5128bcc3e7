package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 延期: the construction period now ends on {@code newEnd} instead of {@code previousEnd}, decided with four eyes. Every
 * window made from the end (money entries, settlement, acceptance) follows it ({@link ConstructionPeriodFold}).
 */
@Revision("1")
public record ConstructionExtendedEvent(String platformId, LocalDate previousEnd, LocalDate newEnd, String reason,
                                        String decisionRef) implements PlatformEvent {
}
