package cn.jsedu.ledger.query.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One objective item's score for one platform: the ratio measured ({@code numerator / denominator}, integers: fen,
 * fen × days, counts), the centipoints it earned of its weight, whether it reached the scheme's target, the figures it
 * was measured from (decimal strings; amounts in yuan) and the events behind them.
 */
public record ItemScore(String code, String title, int weight, int centipoints, long numerator, long denominator,
                        boolean targetMet, Map<String, String> figures, List<String> eventIds) {

    public ItemScore {
        Objects.requireNonNull(code, "code");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        eventIds = List.copyOf(eventIds);
    }
}
