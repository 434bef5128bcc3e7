package cn.jsedu.ledger.query.readmodel;

import cn.jsedu.ledger.kernel.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read-model writes of one processor batch. Sent in three steps, which keeps every row right whatever the
 * order of events within the batch: first the ordered statements, consecutive identical ones as one JDBC batch
 * (a platform row is inserted before anything adds to it); then one UPDATE per platform adding the summed deltas
 * of its running totals (addition commutes); then one UPDATE per platform with its highest version.
 */
final class WriteBatch {

    static final String VERSION =
            "UPDATE read_model.platform SET version = GREATEST(version, ?), updated_at = ? WHERE platform_id = ?";
    private static final String ADD_TOTALS = "UPDATE read_model.platform SET "
            + Arrays.stream(PlatformTotal.values()).map(t -> t.column() + " = " + t.column() + " + ?")
            .collect(Collectors.joining(", ")) + " WHERE platform_id = ?";

    private record Statement(String sql, Object[] args) {
    }

    private record Version(long sequence, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Map<PlatformTotal, Money>> totals = new LinkedHashMap<>();
    private final Map<String, Version> versions = new LinkedHashMap<>();

    WriteBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void statement(String sql, Object[] args) {
        statements.add(new Statement(sql, args));
    }

    void add(String platformId, PlatformTotal total, Money delta) {
        totals.computeIfAbsent(platformId, p -> new EnumMap<>(PlatformTotal.class)).merge(total, delta, Money::plus);
    }

    void version(String platformId, long sequence, Instant at) {
        versions.merge(platformId, new Version(sequence, at), (a, b) -> a.sequence() >= b.sequence() ? a : b);
    }

    void flush() {
        int start = 0;
        while (start < statements.size()) {
            String sql = statements.get(start).sql();
            List<Object[]> run = new ArrayList<>();
            int end = start;
            while (end < statements.size() && statements.get(end).sql().equals(sql)) {
                run.add(statements.get(end).args());
                end++;
            }
            execute(sql, run);
            start = end;
        }
        List<Object[]> sums = new ArrayList<>();
        totals.forEach((platform, deltas) -> {
            Object[] args = new Object[PlatformTotal.values().length + 1];
            for (PlatformTotal t : PlatformTotal.values()) {
                args[t.ordinal()] = Sql.money(deltas.getOrDefault(t, Money.ZERO));
            }
            args[args.length - 1] = platform;
            sums.add(args);
        });
        execute(ADD_TOTALS, sums);
        execute(VERSION, versions.entrySet().stream()
                .map(e -> new Object[]{e.getValue().sequence(), Sql.time(e.getValue().at()), e.getKey()}).toList());
        statements.clear();
        totals.clear();
        versions.clear();
    }

    private void execute(String sql, List<Object[]> rows) {
        if (rows.size() == 1) {
            jdbc.update(sql, rows.get(0));
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
