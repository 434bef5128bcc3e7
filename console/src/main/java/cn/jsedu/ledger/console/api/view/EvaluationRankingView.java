package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/programmes/{id}/evaluation-ranking}: the programme's (or one batch's) approved
 * platforms ranked by their objective scores as of a reference date, as known at {@code knownAt} (the instant the
 * answer was computed for: a publication proposed from it names that instant, so the query side can recompute it).
 */
public record EvaluationRankingView(String programmeId, Integer batch, LocalDate referenceDate, Instant knownAt,
                                    String schemeId, Integer schemeVersion, List<Row> rows) {

    public EvaluationRankingView {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public record Row(int rank, Scores scores) {
    }

    public record Scores(String platformId, String title, String collegeName, Integer batch, String status,
                         int objectiveCentipoints, int objectiveFullCentipoints, List<Item> items) {

        public Scores {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** The item's score, null if the ranking did not score it. */
        public Integer centipointsOf(String code) {
            return items.stream().filter(i -> i.code().equals(code)).map(Item::centipoints).findFirst().orElse(null);
        }
    }

    public record Item(String code, String title, int weight, int centipoints) {
    }
}
