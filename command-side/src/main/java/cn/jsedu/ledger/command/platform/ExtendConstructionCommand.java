package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Proposes an extension (延期) to {@code newEnd}; it takes effect when another province administrator approves it. */
public record ExtendConstructionCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                        String proposedBy, LocalDate newEnd, String reason, String decisionRef) {
}
