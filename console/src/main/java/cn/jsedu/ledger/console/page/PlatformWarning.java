package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.kernel.money.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform's 预警 on the finance office's first page: what is wrong with its money, as the compliance row of the
 * query API says it (codes of the compliance findings), and how urgent that is. The level is decided by meaning, so
 * the colour a user sees never depends on an order or a language.
 */
public record PlatformWarning(Level level, List<String> codes) {

    /** Red: money is owed or a final condition failed. Amber: can still be put right. Green: nothing is wrong. */
    public enum Level {
        RED, AMBER, GREEN;

        public String css() {
            return name().toLowerCase();
        }
    }

    /** Codes of what makes a platform red: recovery due, or the construction period over with too little in place. */
    static final List<String> RED_CODES = List.of("RECOVERY_DUE", "ACTUAL_TOTAL_BELOW_MINIMUM");

    public static PlatformWarning of(ProgrammeComplianceView.Row row) {
        List<String> codes = new ArrayList<>();
        if (Money.parse(row.recoveryDue()).isPositive()) {
            codes.add("RECOVERY_DUE");
        }
        if (row.actualTotalBelowMinimum()) {
            codes.add("ACTUAL_TOTAL_BELOW_MINIMUM");
        }
        // the rest can still be mended during construction: by arrivals, or by a plan revision
        if (row.arrivalBehindSchedule()) {
            codes.add("ARRIVAL_BEHIND_SCHEDULE");
        }
        if (!row.actualEnterpriseShareMet()) {
            codes.add("ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        }
        if (!row.plannedTotalMet()) {
            codes.add("PLANNED_TOTAL_BELOW_MINIMUM");
        }
        if (!row.plannedEnterpriseShareMet()) {
            codes.add("PLANNED_ENTERPRISE_SHARE_NOT_MET");
        }
        Level level = codes.stream().anyMatch(RED_CODES::contains) ? Level.RED
                : codes.isEmpty() ? Level.GREEN : Level.AMBER;
        return new PlatformWarning(level, List.copyOf(codes));
    }
}
