package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.platform.ReadinessOverride;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * 申请验收. {@code override} is null for a request the readiness checklist allowed; otherwise the four-eyes override
 * that let it through a checklist that was not READY (ADR 0022). Revision 1 had no override: its stored payloads read
 * with a null one, which is what they were.
 */
@Revision("2")
public record AcceptanceRequestedEvent(String platformId, LocalDate requestedOn, ReadinessOverride override)
        implements PlatformEvent {

    /** A request through a READY checklist. */
    public AcceptanceRequestedEvent(String platformId, LocalDate requestedOn) {
        this(platformId, requestedOn, null);
    }
}
