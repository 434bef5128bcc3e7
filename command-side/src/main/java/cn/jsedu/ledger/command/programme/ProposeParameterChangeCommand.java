package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Proposes a rule change of a programme from {@code effectiveFrom} on; another administrator approves it. */
public record ProposeParameterChangeCommand(@TargetAggregateIdentifier ProgrammeId programmeId, String proposalId,
                                            String proposedBy, LocalDate effectiveFrom, ParameterChanges changes,
                                            String reason, String decisionRef) {
}
