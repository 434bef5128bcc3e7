package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The platforms' running totals and versions folded in memory over a unit of writes (a processor batch, or a
 * whole bulk rebuild): totals summed, the highest version kept with its time; written as one UPDATE per platform
 * for each, after the unit's statements ({@link ProjectionWrites}).
 */
final class RunningTotals {

    static final String VERSION =
            "UPDATE read_model.platform SET version = GREATEST(version, ?), updated_at = ? WHERE platform_id = ?";
    static final String ADD_TOTALS = "UPDATE read_model.platform SET "
            + Arrays.stream(PlatformTotal.values()).map(t -> t.column() + " = " + t.column() + " + ?")
            .collect(Collectors.joining(", ")) + " WHERE platform_id = ?";

    private record Version(long sequence, Instant at) {
    }

    private final Map<String, Map<PlatformTotal, Money>> totals = new LinkedHashMap<>();
    private final Map<String, Version> versions = new LinkedHashMap<>();

    void add(String platformId, PlatformTotal total, Money delta) {
        totals.computeIfAbsent(platformId, p -> new EnumMap<>(PlatformTotal.class)).merge(total, delta, Money::plus);
    }

    void version(String platformId, long sequence, Instant at) {
        versions.merge(platformId, new Version(sequence, at), (a, b) -> a.sequence() >= b.sequence() ? a : b);
    }

    /** The arguments of {@link #ADD_TOTALS}, one row per platform. */
    List<Object[]> totalRows() {
        List<Object[]> rows = new ArrayList<>(totals.size());
        totals.forEach((platform, deltas) -> {
            Object[] args = new Object[PlatformTotal.values().length + 1];
            for (PlatformTotal t : PlatformTotal.values()) {
                args[t.ordinal()] = Sql.money(deltas.getOrDefault(t, Money.ZERO));
            }
            args[args.length - 1] = platform;
            rows.add(args);
        });
        return rows;
    }

    /** The arguments of {@link #VERSION}, one row per platform. */
    List<Object[]> versionRows() {
        return versions.entrySet().stream()
                .map(e -> new Object[]{e.getValue().sequence(), Sql.time(e.getValue().at()), e.getKey()}).toList();
    }

    /** Platforms with something folded. */
    int platforms() {
        return Math.max(totals.size(), versions.size());
    }

    void clear() {
        totals.clear();
        versions.clear();
    }
}
