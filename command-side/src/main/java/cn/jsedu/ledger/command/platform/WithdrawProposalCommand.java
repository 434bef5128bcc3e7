package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a pending proposal. */
public record WithdrawProposalCommand(@TargetAggregateIdentifier PlatformId platformId, String proposalId,
                                      String withdrawnBy, String reason) {
}
