package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.demo.DemoPlatform.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A platform's task-book targets (at least one indicator of each mandatory task 1-7, and task 8 for some) and the
 * actuals its half-year reports give: growing towards the target, reaching it in the last report of the
 * construction period, except where the scenario says an indicator falls short.
 */
final class Indicators {

    private Indicators() {
    }

    record Target(String code, String unit, long value) {
    }

    static List<Target> of(DemoPlatform p) {
        int i = p.index();
        List<Target> targets = new ArrayList<>(List.of(
                new Target("T1-CORE-MODULES", "COUNT", 8 + i % 5),
                new Target("T2-PRACTICE-POSITIONS", "COUNT", 150 + 10L * (i % 6)),
                new Target("T2-STUDENTS-TRAINED", "COUNT", 600 + 50L * (i % 4)),
                new Target("T3-INDUSTRY-MENTORS", "COUNT", 20 + i % 10),
                new Target("T4-MODULAR-COURSES", "COUNT", 10 + i % 4),
                new Target("T5-PATENTS", "COUNT", 5 + i % 4),
                new Target("T5-FOUR-TECH-REVENUE", "MONEY", (100 + 10L * (i % 5)) * MoneyFlow.WAN),
                new Target("T6-TRAINING-PERSON-TIMES", "COUNT", 2000 + 200L * (i % 5)),
                new Target("T6-CREDIT-BANK", "YES_NO", 1),
                new Target("T7-INDUSTRY-COLLEGES", "COUNT", 1),
                new Target("T7-OPERATING-MECHANISM", "YES_NO", 1)));
        if (i % 3 == 0) {
            targets.add(new Target("T8-BILINGUAL-COURSES", "COUNT", 3));
        }
        return targets;
    }

    static List<Map<String, Object>> targets(DemoPlatform p) {
        return of(p).stream().map(t -> PlatformScript.body("code", t.code(), "value", format(t, t.value()))).toList();
    }

    /** The actuals of report {@code k} of {@code n} (1-based) of the construction period. */
    static List<Map<String, Object>> actuals(DemoPlatform p, int k, int n) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Target t : of(p)) {
            long value;
            if (t.unit().equals("YES_NO")) {
                value = k >= n - 2 ? 1 : 0;
            } else {
                long full = t.code().equals("T5-FOUR-TECH-REVENUE") && p.scenario() == Scenario.INDICATOR_UNMET
                        ? t.value() * 8 / 10 : t.value();
                value = (full * k + n - 1) / n; // rounded up: the last report reaches the (reduced) target exactly
            }
            values.add(PlatformScript.body("code", t.code(), "value", format(t, value)));
        }
        return values;
    }

    private static String format(Target t, long value) {
        return switch (t.unit()) {
            case "MONEY" -> PlatformScript.m(value);
            case "YES_NO" -> value == 1 ? "true" : "false";
            default -> String.valueOf(value);
        };
    }
}
