package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The education department opened an evaluation round of a programme: annual or mid-term, for a year, for one batch
 * ({@code batch} non-null) or every approved platform of the programme, judged as of {@code referenceDate} by the
 * scheme {@code schemeId} version {@code schemeVersion}.
 */
@Revision("1")
public record EvaluationRoundOpenedEvent(String roundId, String programmeId, RoundKind kind, int year, Integer batch,
                                         LocalDate referenceDate, String schemeId, int schemeVersion,
                                         String openedBy) implements EvaluationRoundEvent {
}
