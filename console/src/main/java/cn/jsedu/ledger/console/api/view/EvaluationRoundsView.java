package cn.jsedu.ledger.console.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The query API's {@code GET /api/v1/evaluation-rounds}: the evaluation rounds (绩效评价 / 中期检查, ADR 0026) the user
 * may read, each with its scope, reference date, scheme version and where it stands ({@code OPEN}, {@code PROPOSED},
 * {@code PUBLISHED}).
 */
public record EvaluationRoundsView(List<Round> rounds) {

    public EvaluationRoundsView {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    /** One round as listed. */
    public record Round(String roundId, String programmeId, String kind, String kindZh, Integer year, Integer batch,
                        LocalDate referenceDate, String schemeId, Integer schemeVersion, String status,
                        String openedBy, Instant openedAt, Instant publishedAt, Long version) {
    }
}
