package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.demo.DemoPlatform.Scenario;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The half-year reports of a platform: one per period of its construction period (seven), each with the platform's
 * usage (a third of 300 workstations offered for training, fewer where the scenario says so), its indicator actuals
 * and the equipment that arrived in the period (bought with provincial money, or given in kind by an enterprise).
 * Scenarios leave reports out: a suspended or terminated platform stops reporting, another misses one or two.
 */
final class Reports {

    private static final List<MonthDay> ENDS = List.of(MonthDay.of(6, 30), MonthDay.of(12, 31));
    private static final int WORKSTATIONS = 300;

    private Reports() {
    }

    static List<Map<String, Object>> of(DemoPlatform p, MoneyFlow money) {
        List<ReportingPeriod> periods = ReportingPeriod.covering(p.constructionStart(), p.constructionEnd(), ENDS);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int k = 1; k <= periods.size(); k++) {
            ReportingPeriod period = periods.get(k - 1);
            if (skipped(p, k)) {
                continue;
            }
            LocalDate from = period.start(ENDS);
            LocalDate to = period.end(ENDS);
            int offered = p.scenario() == Scenario.WORKSTATIONS_LOW && period.year() == p.startYear() + 1 ? 90 : 110;
            reports.add(PlatformScript.body("period", period.toString(),
                    "usage", PlatformScript.body("workstationsTotal", WORKSTATIONS, "workstationsOffered", offered,
                            "trainingPersonTimes", 400 + 60 * k, "studentPracticeHours", 4000 + 250 * k),
                    "indicators", Indicators.actuals(p, k, periods.size()),
                    "equipment", equipment(p, money, from, to)));
        }
        return reports;
    }

    private static boolean skipped(DemoPlatform p, int k) {
        return switch (p.scenario()) {
            case SUSPENDED -> k > 3;
            case TERMINATED -> k > 4;
            case MISSING_REPORT -> k == 4 || (p.platformId().equals("JS-305") && k == 5);
            default -> false;
        };
    }

    private static List<Map<String, Object>> equipment(DemoPlatform p, MoneyFlow money, LocalDate from, LocalDate to) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> names = p.theme().equipment();
        for (MoneyFlow.Expenditure x : money.expenditures) {
            if (x.category().equals("EQUIPMENT_PURCHASE") && inside(x.date(), from, to)) {
                items.add(PlatformScript.body("item", names.get(items.size() % names.size()), "quantity", 1 + x.fen() % 3,
                        "value", PlatformScript.m(x.fen()), "source", x.source(), "change", "ACQUIRED", "date", x.date()));
            }
        }
        for (MoneyFlow.Receipt r : money.receipts) {
            if (r.form().equals("EQUIPMENT") && inside(r.date(), from, to)) {
                items.add(PlatformScript.body("item", "企业投入：" + names.get(2), "quantity", 2,
                        "value", PlatformScript.m(r.fen()), "source", r.source(), "change", "ACQUIRED", "date", r.date()));
            }
        }
        return items;
    }

    private static boolean inside(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
