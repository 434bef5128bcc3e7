package cn.jsedu.ledger.kernel.report;

import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One indicator of the task book: target, latest actual, met (actual ≥ target, in integers). */
public record IndicatorProgress(String code, int task, boolean mandatory, String nameZh, String nameEn, String unit,
                                String target, String actual, String actualPeriod, boolean met, List<String> eventIds) {

    public static List<IndicatorProgress> of(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        Map<String, PlatformReports.Actual> actuals = reports.latestActuals(asOf);
        List<IndicatorProgress> progress = new ArrayList<>();
        for (PlatformReports.Target target : reports.targets()) {
            PlatformReports.Actual actual = actuals.get(target.code());
            var indicator = IndicatorCatalogue.get().find(target.code());
            List<String> evidence = new ArrayList<>(List.of(target.eventId()));
            if (actual != null) {
                evidence.add(actual.eventId());
            }
            progress.add(new IndicatorProgress(target.code(), target.task(), p.mandatoryTasks().contains(target.task()),
                    indicator.map(i -> i.nameZh()).orElse(null), indicator.map(i -> i.nameEn()).orElse(null),
                    target.unit().name(), target.target(), actual == null ? null : actual.value(),
                    actual == null ? null : actual.period().toString(),
                    actual != null && actual.valueLong() >= target.targetValue(), evidence));
        }
        return progress;
    }
}
