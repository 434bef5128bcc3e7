package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A platform's published evaluation results (绩效评价结果), by year, each traceable to its event. */
public record PlatformEvaluationResultsView(String platformId, List<Result> results) {

    public PlatformEvaluationResultsView {
        results = List.copyOf(results);
    }

    public record Result(String roundId, RoundKind kind, String kindZh, int year, LocalDate referenceDate, Grade grade,
                         String gradeZh, int totalCentipoints, int objectiveCentipoints, int panelCentipoints,
                         int rank, int roundSize, Instant knownAt, Instant publishedAt, String eventId) {
    }
}
