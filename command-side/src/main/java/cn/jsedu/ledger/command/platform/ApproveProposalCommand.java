package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A second province administrator approves a pending proposal. */
public record ApproveProposalCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                     String approvedBy) {
}
