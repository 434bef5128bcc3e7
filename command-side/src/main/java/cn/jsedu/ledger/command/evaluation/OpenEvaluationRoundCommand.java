package cn.jsedu.ledger.command.evaluation;

import cn.jsedu.ledger.kernel.evaluation.RoundKind;

import java.time.LocalDate;

/**
 * Opens an evaluation round of a programme (ADR 0026): annual or mid-term, for a year, for one batch ({@code batch}
 * non-null) or every approved platform of the programme, judged as of {@code referenceDate} by the scheme
 * {@code schemeId} version {@code schemeVersion}. Handled by {@link RoundOpening}.
 */
public record OpenEvaluationRoundCommand(String roundId, String programmeId, RoundKind kind, int year, Integer batch,
                                         LocalDate referenceDate, String schemeId, int schemeVersion,
                                         String openedBy) {
}
