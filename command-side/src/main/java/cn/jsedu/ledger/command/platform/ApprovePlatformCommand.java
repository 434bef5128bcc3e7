package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** {@code plan} is null when the declared plan is approved as it is. */
public record ApprovePlatformCommand(@TargetAggregateIdentifier PlatformId platformId, int batch,
                                     LocalDate constructionStart, String decisionRef, List<PlanLine> plan) {
}
