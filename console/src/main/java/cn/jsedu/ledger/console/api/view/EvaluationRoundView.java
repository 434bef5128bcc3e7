package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/evaluation-rounds/{roundId}}: the round, the panel's latest score of each
 * platform and item (with who, when and why), the scores still missing while it is open, the publication waiting for
 * a second administrator, the published results, and the reconciliation of the proposed objective scores with the
 * scores recomputed as known at the proposal's {@code knownAt}. Scores are centipoints (hundredths of a point).
 */
public record EvaluationRoundView(String roundId, String programmeId, String kind, String kindZh, Integer year,
                                  Integer batch, LocalDate referenceDate, String schemeId, Integer schemeVersion,
                                  String status, String openedBy, Instant openedAt, Instant publishedAt, Long version,
                                  List<PanelScore> panelScores, List<MissingScore> missingPanelScores,
                                  Proposal pendingProposal, List<Result> results, Reconciliation reconciliation) {

    public static final String OPEN = "OPEN";
    public static final String PROPOSED = "PROPOSED";
    public static final String PUBLISHED = "PUBLISHED";

    public EvaluationRoundView {
        panelScores = panelScores == null ? List.of() : List.copyOf(panelScores);
        missingPanelScores = missingPanelScores == null ? List.of() : List.copyOf(missingPanelScores);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    public record PanelScore(String platformId, String itemCode, Integer centipoints, String remarks,
                             String recordedBy, Instant recordedAt, String eventId) {
    }

    public record MissingScore(String platformId, String itemCode) {
    }

    public record Proposal(String proposalId, String proposedBy, Instant proposedAt, Instant knownAt,
                           List<Result> results) {

        public Proposal {
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /** One platform's result: its items' scores, their sums, the total, the grade and the rank in the round. */
    public record Result(Integer rank, String platformId, String title, String collegeName, List<Item> objective,
                         List<Item> panel, Integer objectiveCentipoints, Integer panelCentipoints,
                         Integer totalCentipoints, String grade, String gradeZh) {

        public Result {
            objective = objective == null ? List.of() : List.copyOf(objective);
            panel = panel == null ? List.of() : List.copyOf(panel);
        }

        /** The score of an item, objective or panel, null if the result has none. */
        public Integer centipointsOf(String code) {
            return java.util.stream.Stream.concat(objective.stream(), panel.stream()).filter(i -> code.equals(i.code()))
                    .map(Item::centipoints).findFirst().orElse(null);
        }
    }

    public record Item(String code, Integer centipoints) {
    }

    public record Reconciliation(boolean matches, List<Mismatch> mismatches) {

        public Reconciliation {
            mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
        }
    }

    public record Mismatch(String platformId, String itemCode, Integer proposed, Integer recomputed) {
    }
}
