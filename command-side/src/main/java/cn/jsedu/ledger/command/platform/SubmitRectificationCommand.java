package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** 整改: the college's answer to an open finding. */
public record SubmitRectificationCommand(@TargetAggregateIdentifier PlatformId platformId, String findingId,
                                         String text, List<DocumentHash> documents) {
}
