package cn.jsedu.ledger.kernel.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation scheme (评价方案) as data, versioned (docs/domain.md §8, ADR 0026): its items, whose weights add up to
 * exactly 100 points, and its grade bands, best first with strictly falling minimums, the last one from 0 so that
 * every total has a grade. A round names the version it uses; a new version never changes a round already opened.
 * Totals and item scores are integer centipoints (hundredths of a point, 0..10000): no float anywhere.
 */
public record EvaluationScheme(String schemeId, int version, List<SchemeItem> items, List<GradeBand> bands) {

    /** 100 points, in centipoints. */
    public static final int TOTAL_CENTIPOINTS = 10_000;

    public EvaluationScheme {
        if (schemeId == null || schemeId.isBlank()) {
            throw new IllegalArgumentException("a scheme has an id");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a scheme version is 1 or more");
        }
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        Set<String> codes = new HashSet<>();
        int weights = 0;
        for (SchemeItem item : items) {
            if (!codes.add(item.code())) {
                throw new IllegalArgumentException("item " + item.code() + " appears twice");
            }
            weights += item.weight();
        }
        if (weights != 100) {
            throw new IllegalArgumentException("the items' weights add up to " + weights + ", not 100");
        }
        if (bands.isEmpty() || bands.get(bands.size() - 1).minimumCentipoints() != 0) {
            throw new IllegalArgumentException("the last grade band starts at 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).minimumCentipoints() >= bands.get(i - 1).minimumCentipoints()
                    || bands.get(i).grade().compareTo(bands.get(i - 1).grade()) <= 0) {
                throw new IllegalArgumentException("grade bands run from the best grade down, minimums strictly falling");
            }
        }
    }

    /** The grade of a total of {@code centipoints}: the first band whose minimum it reaches. */
    public Grade grade(int centipoints) {
        if (centipoints < 0 || centipoints > TOTAL_CENTIPOINTS) {
            throw new IllegalArgumentException("a total lies in 0..10000 centipoints");
        }
        return bands.stream().filter(b -> centipoints >= b.minimumCentipoints()).findFirst().orElseThrow().grade();
    }

    public Optional<SchemeItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<SchemeItem> itemsOf(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
