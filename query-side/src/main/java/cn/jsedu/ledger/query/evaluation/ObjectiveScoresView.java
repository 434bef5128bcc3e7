package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A platform's objective evaluation scores as of a reference date and as known at a time (never null: the instant the
 * answer was computed for, so asking again "as known at" it gives the same scores), by one scheme version.
 *
 * @param objectiveCentipoints     the sum of the items' scores (hundredths of a point)
 * @param objectiveFullCentipoints what the objective items earn at most; the panel's items make up the rest of 100
 */
public record ObjectiveScoresView(String platformId, String title, String collegeName, Integer batch,
                                  PlatformStatus status, long version, LocalDate referenceDate, Instant knownAt,
                                  String schemeId, int schemeVersion, int objectiveCentipoints,
                                  int objectiveFullCentipoints, List<ItemScore> items) {

    public ObjectiveScoresView {
        items = List.copyOf(items);
    }
}
