package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round's result became a fact of the platform (绩效评价结果): which round (kind, year, reference date, scheme
 * version), the objective scores as known at {@code knownAt}, the panel's, the total, the grade and the rank among
 * {@code roundSize} platforms. Written by the approval of the round's publication, in the same transaction as the
 * round's {@link EvaluationRoundPublishedEvent}.
 */
@Revision("1")
public record EvaluationPublishedEvent(String platformId, String roundId, RoundKind kind, int year,
                                       LocalDate referenceDate, String schemeId, int schemeVersion, Instant knownAt,
                                       EvaluationResult result, int roundSize) implements PlatformEvent {
}
