package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/platforms/{id}/evaluation-results}: the platform's published evaluation results
 * (绩效评价结果), by year, each with its round, grade, points, rank among the round's platforms and the event that
 * made it a fact of the platform.
 */
public record PlatformEvaluationResultsView(List<Result> results) {

    public PlatformEvaluationResultsView {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public record Result(String roundId, String kind, String kindZh, Integer year, LocalDate referenceDate,
                         String grade, String gradeZh, Integer totalCentipoints, Integer objectiveCentipoints,
                         Integer panelCentipoints, Integer rank, Integer roundSize, Instant knownAt,
                         Instant publishedAt, String eventId) {
    }
}
