package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A rule change, approved by a second administrator (both in the metadata): from {@code effectiveFrom} on, the
 * parameters it names have their new values. What was judged before stays as judged; what is judged at a date from
 * {@code effectiveFrom} on, as known from this event's recording time on, uses the new values (ADR 0019).
 */
@Revision("1")
public record ProgrammeParametersChangedEvent(String programmeId, LocalDate effectiveFrom, ParameterChanges changes,
                                              String reason, String decisionRef) implements ProgrammeEvent {
}
