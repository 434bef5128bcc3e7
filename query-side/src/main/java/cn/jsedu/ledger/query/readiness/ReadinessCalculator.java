package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.reporting.IndicatorProgress;
import cn.jsedu.ledger.query.reporting.PeriodStatus;
import cn.jsedu.ledger.query.reporting.PlatformReports;
import cn.jsedu.ledger.query.reporting.ReportingStatus;
import cn.jsedu.ledger.query.reporting.WorkstationShare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The acceptance checklist of docs/domain.md §7, item by item, from read models only. The programme table and the
 * platform page both use it, so a platform is READY in one exactly when it is READY in the other.
 */
public final class ReadinessCalculator {

    private ReadinessCalculator() {
    }

    /**
     * @param received        investment in place as of {@code asOf}
     * @param enterprise      enterprise investment in place as of {@code asOf}
     * @param receiptEvidence event ids of the money figures (may be empty in programme-wide tables)
     */
    public static ReadinessView evaluate(PlatformRow platform, Money received, Money enterprise,
                                         List<String> receiptEvidence, PlatformReports reports, LocalDate asOf,
                                         ProgrammeParameters p) {
        List<ReadinessItem> items = new ArrayList<>();
        LocalDate end = platform.constructionEnd();
        LocalDate windowStart = end == null ? null : end.minusDays(p.readinessWindowDays());
        items.add(new ReadinessItem("CONSTRUCTION_PERIOD", windowStart != null && !asOf.isBefore(windowStart),
                end == null ? "not approved" : "ends " + end, "on or after " + (windowStart == null ? "-" : windowStart),
                List.of()));
        items.add(new ReadinessItem("TOTAL_RECEIVED", ComplianceRules.totalMet(received, p), received.toString(),
                "≥ " + p.minimumTotalInvestment(), receiptEvidence));
        items.add(new ReadinessItem("ENTERPRISE_SHARE", received.isPositive() && ComplianceRules.shareMet(enterprise, received, p),
                enterprise + " of " + received + " (" + ComplianceRules.percent(enterprise, received) + "%)",
                "≥ " + p.minimumEnterpriseShare(), receiptEvidence));
        items.add(reportsItem(platform, reports, asOf, p));
        items.add(indicatorsItem(reports, asOf, p));
        items.add(workstationsItem(reports, asOf, p));
        items.add(new ReadinessItem("AGREEMENT_SIGNED", !reports.agreementEvents().isEmpty(),
                reports.agreementEvents().size() + " signed", "≥ 1", reports.agreementEvents()));
        boolean running = platform.status() != PlatformStatus.SUSPENDED && platform.status() != PlatformStatus.TERMINATED;
        items.add(new ReadinessItem("NOT_SUSPENDED_OR_TERMINATED", running, platform.status().name(),
                "not SUSPENDED or TERMINATED", List.of()));
        boolean ready = items.stream().allMatch(ReadinessItem::met);
        return new ReadinessView(platform.platformId(), asOf, platform.version(), platform.status(),
                platform.acceptanceResult(), ReadinessView.Overall.of(ready), items);
    }

    private static ReadinessItem reportsItem(PlatformRow platform, PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        List<PeriodStatus> periods = ReportingStatus.of(platform.constructionStart(), platform.constructionEnd(), reports, asOf, p);
        List<PeriodStatus> due = periods.stream().filter(PeriodStatus::hasFallenDue).toList();
        List<String> missing = due.stream().filter(PeriodStatus::overdue).map(PeriodStatus::period).toList();
        return new ReadinessItem("REPORTS_SUBMITTED", platform.constructionStart() != null && missing.isEmpty(),
                (due.size() - missing.size()) + " of " + due.size() + " due reports submitted"
                        + (missing.isEmpty() ? "" : "; missing " + missing),
                "every due report", due.stream().map(PeriodStatus::eventId).filter(id -> id != null).toList());
    }

    private static ReadinessItem indicatorsItem(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        List<IndicatorProgress> mandatory = IndicatorProgress.of(reports, asOf, p).stream()
                .filter(IndicatorProgress::mandatory).toList();
        List<String> unmet = mandatory.stream().filter(i -> !i.met()).map(IndicatorProgress::code).toList();
        return new ReadinessItem("MANDATORY_INDICATORS", !mandatory.isEmpty() && unmet.isEmpty(),
                mandatory.isEmpty() ? "no task book" : (mandatory.size() - unmet.size()) + " of " + mandatory.size()
                        + " met" + (unmet.isEmpty() ? "" : "; not met " + unmet),
                "every mandatory indicator (tasks " + p.mandatoryTasks() + ")",
                mandatory.stream().flatMap(i -> i.eventIds().stream()).distinct().toList());
    }

    private static ReadinessItem workstationsItem(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        List<WorkstationShare> years = WorkstationShare.of(reports, asOf, p);
        List<Integer> failing = years.stream().filter(y -> !y.met()).map(WorkstationShare::year).toList();
        return new ReadinessItem("WORKSTATION_SHARE", failing.isEmpty(),
                years.isEmpty() ? "no complete year reported" : years.stream()
                        .map(y -> y.year() + ": " + y.offered() + "/" + y.total()).collect(Collectors.joining(", ")),
                "≥ " + p.workstationShare() + " in every complete year",
                years.stream().flatMap(y -> y.eventIds().stream()).toList());
    }
}
