package cn.jsedu.ledger.query.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme's (or one batch's) approved platforms ranked by their objective scores as of a reference date, as
 * known at a time, best first; equal totals share a rank (1, 2, 2, 4) and are listed by platform id.
 */
public record EvaluationRankingView(String programmeId, Integer batch, LocalDate referenceDate, Instant knownAt,
                                    String schemeId, int schemeVersion, List<RankedPlatform> rows) {

    public EvaluationRankingView {
        rows = List.copyOf(rows);
    }

    public record RankedPlatform(int rank, ObjectiveScoresView scores) {
    }
}
