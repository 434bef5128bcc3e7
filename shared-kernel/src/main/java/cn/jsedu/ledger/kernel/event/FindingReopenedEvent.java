package cn.jsedu.ledger.kernel.event;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The education department found the rectification wanting (or a closed finding back): the finding is open again,
 * to be rectified by the new {@code deadline}.
 */
@Revision("1")
public record FindingReopenedEvent(String platformId, String findingId, String reason, LocalDate deadline)
        implements PlatformEvent {
}
