package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;

import java.time.Instant;
import java.time.LocalDate;

/** One row of read_model.evaluation_round: the round as of its last event applied ({@code version}). */
public record RoundRow(String roundId, String programmeId, RoundKind kind, int year, Integer batch,
                       LocalDate referenceDate, String schemeId, int schemeVersion, RoundStatus status,
                       String openedBy, Instant openedAt, Instant publishedAt, String publishedProposalId,
                       long version) {

    /** The scheme the round was opened with; a round names only shipped versions (the command side checks). */
    public EvaluationScheme scheme() {
        return EvaluationSchemes.find(schemeId, schemeVersion).orElseThrow(() -> new IllegalStateException(
                "round " + roundId + " names scheme " + schemeId + " v" + schemeVersion + ", which is not shipped"));
    }

    public RoundView view() {
        return new RoundView(roundId, programmeId, kind, kind.chineseName(), year, batch, referenceDate, schemeId,
                schemeVersion, status, openedBy, openedAt, publishedAt, version);
    }
}
