package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveProgrammeProposalCommand(@TargetAggregateIdentifier ProgrammeId programmeId, String proposalId,
                                              String approvedBy) {
}
