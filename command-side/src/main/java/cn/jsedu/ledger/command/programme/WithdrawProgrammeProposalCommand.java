package cn.jsedu.ledger.command.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawProgrammeProposalCommand(@TargetAggregateIdentifier ProgrammeId programmeId, String proposalId,
                                               String withdrawnBy, String reason) {
}
