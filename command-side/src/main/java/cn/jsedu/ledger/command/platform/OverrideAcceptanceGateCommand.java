package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Proposes an acceptance request dated {@code requestedOn} that passes the acceptance gate although the readiness
 * checklist is not READY; it is requested when another province administrator approves the override.
 */
public record OverrideAcceptanceGateCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                            String proposedBy, LocalDate requestedOn, String reason) {
}
