package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Programme money totals by platform status, summed by the database over the platform table's running totals
 * (no events, no ledger lines): what the programme metrics export, and what reconciliation compares with the events.
 * A range of platform ids can be asked for, so that a part of the programme is summed in the same snapshot as the
 * rest of its check.
 */
@Repository
public class ProgrammeTotals {

    /** A programme figure: its name as a metric tag, and how the platform table sums it. */
    public enum Figure {
        PLANNED("planned_total"),
        RECEIVED("received_cash + received_non_cash"),
        SPENT("spent"),
        RECOVERED("recovered"),
        ENTERPRISE_RECEIVED("enterprise_received"),
        PROVINCIAL_RECEIVED("provincial_received_cash + provincial_received_non_cash");

        private final String summand;

        Figure(String summand) {
            this.summand = summand;
        }

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The platforms of one status and their figures. */
    public record StatusTotals(long platforms, Map<Figure, Money> figures) {
    }

    private static final String SELECT = "SELECT status, count(*) AS platforms, "
            + Arrays.stream(Figure.values()).map(f -> "coalesce(sum(" + f.summand + "), 0) AS " + f.name())
            .collect(Collectors.joining(", "))
            + " FROM read_model.platform WHERE platform_id > ? AND (CAST(? AS text) IS NULL OR platform_id <= ?)"
            + " GROUP BY status";

    private final JdbcTemplate jdbc;

    public ProgrammeTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole programme. */
    public Map<PlatformStatus, StatusTotals> byStatus() {
        return byStatus(null, null);
    }

    /**
     * Platforms with {@code afterId < platform_id ≤ upToId} (nulls: unbounded). A status without platforms is
     * absent; a status this build does not know (a newer writer) is left out rather than failing the whole read.
     */
    public Map<PlatformStatus, StatusTotals> byStatus(String afterId, String upToId) {
        Map<PlatformStatus, StatusTotals> totals = new EnumMap<>(PlatformStatus.class);
        jdbc.query(SELECT, row -> {
            Map<Figure, Money> figures = new EnumMap<>(Figure.class);
            for (Figure figure : Figure.values()) {
                figures.put(figure, Money.of(row.getBigDecimal(figure.name())));
            }
            String status = row.getString("status");
            StatusTotals sums = new StatusTotals(row.getLong("platforms"), figures);
            Arrays.stream(PlatformStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .ifPresent(s -> totals.put(s, sums));
        }, afterId == null ? "" : afterId, upToId, upToId);
        return totals;
    }
}
