package cn.jsedu.ledger.kernel.readiness;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.FundingRules;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.IndicatorProgress;
import cn.jsedu.ledger.kernel.report.PeriodStatus;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.kernel.report.ReportingStatus;
import cn.jsedu.ledger.kernel.report.WorkstationShare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The acceptance checklist of docs/domain.md §7, item by item: the one definition. The query side evaluates it on
 * read models (the readiness page and table), the command side on the platform aggregate's own state (the acceptance
 * gate refuses a request while it is not ready, ADR 0022); both hand in the same {@link Subject}, so a platform the
 * readiness page calls READY is one whose acceptance request passes the gate, and the other way round.
 */
public final class AcceptanceChecklist {

    /** The item codes, in the order of the checklist; clients switch on them. */
    public static final String CONSTRUCTION_PERIOD = "CONSTRUCTION_PERIOD";
    public static final String TOTAL_RECEIVED = "TOTAL_RECEIVED";
    public static final String ENTERPRISE_SHARE = "ENTERPRISE_SHARE";
    public static final String REPORTS_SUBMITTED = "REPORTS_SUBMITTED";
    public static final String MANDATORY_INDICATORS = "MANDATORY_INDICATORS";
    public static final String WORKSTATION_SHARE = "WORKSTATION_SHARE";
    public static final String AGREEMENT_SIGNED = "AGREEMENT_SIGNED";
    public static final String NOT_SUSPENDED_OR_TERMINATED = "NOT_SUSPENDED_OR_TERMINATED";
    public static final String ENTERPRISE_CONTRIBUTIONS_CONFIRMED = "ENTERPRISE_CONTRIBUTIONS_CONFIRMED";

    /**
     * What the checklist looks at.
     *
     * @param constructionStart null before approval
     * @param constructionEnd   the (extended) end; null before approval
     * @param received          investment in place as of the date judged (received less recovered, non-cash included)
     * @param enterprise        the enterprise part of {@code received}
     * @param receiptEvidence   event ids of the money figures (may be empty where a table has no room for them)
     * @param reports           every report, the task book's targets and the signed agreements
     * @param contributions     the enterprise contributions and what their enterprises said of them
     */
    public record Subject(PlatformStatus status, LocalDate constructionStart, LocalDate constructionEnd, Money received,
                          Money enterprise, List<String> receiptEvidence, PlatformReports reports,
                          ContributionConfirmations contributions) {

        public Subject {
            Objects.requireNonNull(status, "status");
            receiptEvidence = List.copyOf(receiptEvidence);
        }
    }

    private AcceptanceChecklist() {
    }

    /**
     * Every item of the checklist for {@code subject} as of {@code asOf}, each with its typed figures and the English
     * phrases of its value and threshold (unchanged for API clients that print them), both made from the same values.
     */
    public static List<ReadinessItem> items(Subject s, LocalDate asOf, ProgrammeParameters p) {
        List<ReadinessItem> items = new ArrayList<>();
        items.add(constructionItem(s, asOf, p));
        items.add(new ReadinessItem(TOTAL_RECEIVED, FundingRules.totalMet(s.received(), p), s.received().toString(),
                "≥ " + p.minimumTotalInvestment(), s.receiptEvidence(),
                ReadinessFigures.totalReceived(s.received(), p.minimumTotalInvestment())));
        BigDecimal percent = FundingRules.percent(s.enterprise(), s.received());
        items.add(new ReadinessItem(ENTERPRISE_SHARE,
                s.received().isPositive() && FundingRules.shareMet(s.enterprise(), s.received(), p),
                s.enterprise() + " of " + s.received() + " (" + percent + "%)",
                "≥ " + p.minimumEnterpriseShare(), s.receiptEvidence(),
                ReadinessFigures.enterpriseShare(s.enterprise(), s.received(), percent, p.minimumEnterpriseShare())));
        items.add(reportsItem(s, asOf, p));
        items.add(indicatorsItem(s.reports(), asOf, p));
        items.add(workstationsItem(s.reports(), asOf, p));
        int signed = s.reports().agreementEvents().size();
        items.add(new ReadinessItem(AGREEMENT_SIGNED, signed > 0, signed + " signed", "≥ 1",
                s.reports().agreementEvents(), ReadinessFigures.agreements(signed)));
        boolean running = s.status() != PlatformStatus.SUSPENDED && s.status() != PlatformStatus.TERMINATED;
        items.add(new ReadinessItem(NOT_SUSPENDED_OR_TERMINATED, running, s.status().name(),
                "not SUSPENDED or TERMINATED", List.of(), ReadinessFigures.status(s.status())));
        items.add(confirmationsItem(s.contributions(), asOf));
        return items;
    }

    /** READY only when every item holds. */
    public static boolean ready(List<ReadinessItem> items) {
        return items.stream().allMatch(ReadinessItem::met);
    }

    /** The codes of the items that do not hold. */
    public static List<String> failing(List<ReadinessItem> items) {
        return items.stream().filter(i -> !i.met()).map(ReadinessItem::code).toList();
    }

    private static ReadinessItem constructionItem(Subject s, LocalDate asOf, ProgrammeParameters p) {
        LocalDate end = s.constructionEnd();
        LocalDate windowStart = end == null ? null : end.minusDays(p.readinessWindowDays());
        return new ReadinessItem(CONSTRUCTION_PERIOD, windowStart != null && !asOf.isBefore(windowStart),
                end == null ? "not approved" : "ends " + end, "on or after " + (windowStart == null ? "-" : windowStart),
                List.of(), ReadinessFigures.constructionPeriod(end, windowStart));
    }

    private static ReadinessItem reportsItem(Subject s, LocalDate asOf, ProgrammeParameters p) {
        List<PeriodStatus> periods = ReportingStatus.of(s.constructionStart(), s.constructionEnd(), s.reports(), asOf, p);
        List<PeriodStatus> due = periods.stream().filter(PeriodStatus::hasFallenDue).toList();
        List<String> missing = due.stream().filter(PeriodStatus::overdue).map(PeriodStatus::period).toList();
        int submitted = due.size() - missing.size();
        return new ReadinessItem(REPORTS_SUBMITTED, s.constructionStart() != null && missing.isEmpty(),
                submitted + " of " + due.size() + " due reports submitted" + (missing.isEmpty() ? "" : "; missing " + missing),
                "every due report", due.stream().map(PeriodStatus::eventId).filter(Objects::nonNull).toList(),
                ReadinessFigures.reports(due.size(), submitted, missing));
    }

    private static ReadinessItem indicatorsItem(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        List<IndicatorProgress> mandatory = IndicatorProgress.of(reports, asOf, p).stream()
                .filter(IndicatorProgress::mandatory).toList();
        List<String> unmet = mandatory.stream().filter(i -> !i.met()).map(IndicatorProgress::code).toList();
        int met = mandatory.size() - unmet.size();
        return new ReadinessItem(MANDATORY_INDICATORS, !mandatory.isEmpty() && unmet.isEmpty(),
                mandatory.isEmpty() ? "no task book" : met + " of " + mandatory.size()
                        + " met" + (unmet.isEmpty() ? "" : "; not met " + unmet),
                "every mandatory indicator (tasks " + p.mandatoryTasks() + ")",
                mandatory.stream().flatMap(i -> i.eventIds().stream()).distinct().toList(),
                ReadinessFigures.indicators(p.mandatoryTasks(), mandatory.size(), met, unmet));
    }

    private static ReadinessItem workstationsItem(PlatformReports reports, LocalDate asOf, ProgrammeParameters p) {
        List<WorkstationShare> years = WorkstationShare.of(reports, asOf, p);
        boolean met = years.stream().allMatch(WorkstationShare::met);
        return new ReadinessItem(WORKSTATION_SHARE, met,
                years.isEmpty() ? "no complete year reported" : years.stream()
                        .map(y -> y.year() + ": " + y.offered() + "/" + y.total()).collect(Collectors.joining(", ")),
                "≥ " + p.workstationShare() + " in every complete year",
                years.stream().flatMap(y -> y.eventIds().stream()).toList(),
                ReadinessFigures.workstations(years.stream().map(y -> new ReadinessFigures.WorkstationYear(y.year(),
                        y.offered(), y.total(), y.met())).toList(), p.workstationShare()));
    }

    /** Every contribution in force by {@code asOf} confirmed, at the amount now in force, by its enterprise. */
    private static ReadinessItem confirmationsItem(ContributionConfirmations contributions, LocalDate asOf) {
        List<ContributionConfirmations.Contribution> due = contributions.inForceBy(asOf);
        List<ReadinessFigures.UnconfirmedContribution> open = due.stream()
                .filter(c -> c.state() != ContributionConfirmations.State.CONFIRMED)
                .map(c -> new ReadinessFigures.UnconfirmedContribution(c.entryId(), c.state())).toList();
        List<String> openWords = open.stream().map(c -> c.entryId() + " " + c.state()).toList();
        return new ReadinessItem(ENTERPRISE_CONTRIBUTIONS_CONFIRMED, open.isEmpty(),
                (due.size() - open.size()) + " of " + due.size() + " confirmed" + (open.isEmpty() ? "" : "; " + openWords),
                "every enterprise contribution confirmed by its enterprise",
                due.stream().flatMap(c -> c.eventIds().stream()).toList(),
                ReadinessFigures.confirmations(due.size(), due.size() - open.size(), open));
    }
}
