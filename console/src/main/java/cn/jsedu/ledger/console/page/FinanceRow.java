package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One platform in the finance office's table: the query API's programme row, what fails its readiness, its 预警, and
 * its 到位率 (实际到位 ÷ 计划, {@link ReceivedInPlace}: the row's {@code arrivalPercent} is before recoveries).
 */
public record FinanceRow(ProgrammeComplianceView.Row row, List<String> failing, PlatformWarning warning,
                         BigDecimal arrivalRate) {

    public static FinanceRow of(ProgrammeComplianceView.Row row, List<String> failing) {
        return new FinanceRow(row, failing == null ? List.of() : failing, PlatformWarning.of(row),
                ReceivedInPlace.rate(Money.parse(row.actualTotal()), Money.parse(row.plannedTotal())));
    }

    /** The columns the table sorts by, each with its order; {@code WARNING} puts red first. */
    public enum Sort {
        WARNING(Comparator.comparing((FinanceRow r) -> r.warning().level())),
        PLATFORM(Comparator.comparing((FinanceRow r) -> r.row().platformId())),
        BATCH(Comparator.comparing((FinanceRow r) -> r.row().batch(), Comparator.nullsLast(Comparator.naturalOrder()))),
        CITY(Comparator.comparing((FinanceRow r) -> r.row().collegeCity(), Comparator.nullsLast(Comparator.naturalOrder()))),
        STATUS(Comparator.comparing((FinanceRow r) -> r.row().status())),
        PLANNED(Comparator.comparing((FinanceRow r) -> Money.parse(r.row().plannedTotal()))),
        RECEIVED(Comparator.comparing((FinanceRow r) -> Money.parse(r.row().actualTotal()))),
        RATE(Comparator.comparing(FinanceRow::arrivalRate, Comparator.nullsFirst(Comparator.naturalOrder()))),
        RECOVERY(Comparator.comparing((FinanceRow r) -> Money.parse(r.row().recoveryDue())));

        private final Comparator<FinanceRow> order;

        Sort(Comparator<FinanceRow> order) {
            this.order = order.thenComparing(r -> r.row().platformId());
        }

        public Comparator<FinanceRow> order(boolean descending) {
            return descending ? order.reversed() : order;
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(String parameter) {
            for (Sort sort : values()) {
                if (sort.parameter().equals(parameter)) {
                    return sort;
                }
            }
            return WARNING;
        }
    }

    /** The row under the table's filters: batch, city, status, 预警 level, a finding code, and free text. */
    public record Filter(Integer batch, String city, String status, String level, String finding, String search) {

        boolean admits(FinanceRow r) {
            ProgrammeComplianceView.Row row = r.row();
            return (batch == null || batch.equals(row.batch()))
                    && (blank(city) || city.equals(row.collegeCity()))
                    && (blank(status) || row.status().name().equals(status))
                    && (blank(level) || r.warning().level().name().equals(level))
                    && (blank(finding) || r.warning().codes().contains(finding) || r.failing().contains(finding))
                    && (blank(search) || contains(row.platformId()) || contains(row.title()) || contains(row.collegeName()));
        }

        private boolean contains(String text) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(search.trim().toLowerCase(Locale.ROOT));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
