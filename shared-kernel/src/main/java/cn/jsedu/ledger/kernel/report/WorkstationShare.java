package cn.jsedu.ledger.kernel.report;

import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workstations offered to enterprises and society for training in one complete year (both half-year reports in),
 * against all workstations: met iff {@code 3 × offered ≥ total} for the default share of one third.
 */
public record WorkstationShare(int year, long offered, long total, BigDecimal percent, boolean met, List<String> eventIds) {

    public static List<WorkstationShare> of(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        Map<ReportingPeriod, PlatformReports.Report> inForce = reports.latestBy(asOf);
        List<WorkstationShare> years = new ArrayList<>();
        inForce.keySet().stream().map(ReportingPeriod::year).distinct().sorted().forEach(year -> {
            PlatformReports.Report h1 = inForce.get(new ReportingPeriod(year, 1));
            PlatformReports.Report h2 = inForce.get(new ReportingPeriod(year, 2));
            if (h1 != null && h2 != null) {
                long offered = (long) h1.workstationsOffered() + h2.workstationsOffered();
                long total = (long) h1.workstationsTotal() + h2.workstationsTotal();
                years.add(new WorkstationShare(year, offered, total, Share.percent(offered, total),
                        p.workstationShare().isMetBy(offered, total), List.of(h1.eventId(), h2.eventId())));
            }
        });
        return years;
    }
}
