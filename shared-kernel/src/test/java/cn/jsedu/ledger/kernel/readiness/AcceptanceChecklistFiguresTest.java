package cn.jsedu.ledger.kernel.readiness;

import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.UnconfirmedContribution;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.WorkstationYear;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item of the checklist carries the figures it was decided from, typed, and its English phrases say the same
 * figures (they are what API clients print): a platform in the middle of its construction period, then the edge
 * cases a reader must tell apart (nothing received, no task book, no complete year, not approved).
 */
class AcceptanceChecklistFiguresTest {

    private static final ProgrammeParameters P = ProgrammeParameters.defaults();
    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate END = LocalDate.of(2023, 2, 28);
    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 1);

    /** Approved 2020-03-01: 2020H1 and 2021H1 reported of the three due, two tasks' targets, two contributions. */
    private static AcceptanceChecklist.Subject midway() {
        List<PlatformReports.Report> reports = List.of(
                report(2020, 1, "2020-07-10", 300, 100, "ev-r1"),
                report(2021, 1, "2021-07-10", 300, 80, "ev-r3"));
        List<PlatformReports.Target> targets = List.of(
                new PlatformReports.Target("T1-CORE-MODULES", 1, IndicatorUnit.COUNT, "10", 10, "ev-tb"),
                new PlatformReports.Target("T2-PRACTICE-POSITIONS", 2, IndicatorUnit.COUNT, "200", 200, "ev-tb"),
                new PlatformReports.Target("T8-LUBAN-WORKSHOPS", 8, IndicatorUnit.COUNT, "1", 1, "ev-tb"));
        List<PlatformReports.Actual> actuals = List.of(
                new PlatformReports.Actual(new ReportingPeriod(2021, 1), 1, "T1-CORE-MODULES", "12", 12, "ev-r3"),
                new PlatformReports.Actual(new ReportingPeriod(2021, 1), 1, "T2-PRACTICE-POSITIONS", "150", 150, "ev-r3"));
        ContributionConfirmations contributions = ContributionConfirmations.NONE
                .recorded(contribution("C-1", "E1", "6000000.00", "2020-05-01"), "ev-c1")
                .recorded(contribution("C-2", "E2", "1344000.00", "2021-04-01"), "ev-c2")
                .recorded(contribution("C-3", "E1", "5.00", "2021-08-01"), "ev-c3")
                .recorded(contribution("C-9", "E1", "1.00", "2022-01-01"), "ev-c9")
                .confirmed(new ContributionConfirmedEvent("P", "C-1", "E1", "code", Money.parse("6000000.00")), "ev-k1")
                .disputed(new ContributionDisputedEvent("P", "C-2", "E2", "code", Money.parse("1344000.00"), "未到位"),
                        "ev-k2");
        return new AcceptanceChecklist.Subject(PlatformStatus.SUSPENDED, START, END, Money.parse("23048000.00"),
                Money.parse("7344000.00"), List.of("ev-i1"),
                new PlatformReports(reports, actuals, targets, List.of("ev-a1", "ev-a2")), contributions);
    }

    @Test
    void everyItemCarriesTheFiguresItsPhrasesSay() {
        Map<String, ReadinessItem> items = byCode(AcceptanceChecklist.items(midway(), AS_OF, P));
        assertThat(items.keySet()).containsExactly(AcceptanceChecklist.CONSTRUCTION_PERIOD,
                AcceptanceChecklist.TOTAL_RECEIVED, AcceptanceChecklist.ENTERPRISE_SHARE,
                AcceptanceChecklist.REPORTS_SUBMITTED, AcceptanceChecklist.MANDATORY_INDICATORS,
                AcceptanceChecklist.WORKSTATION_SHARE, AcceptanceChecklist.AGREEMENT_SIGNED,
                AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED, AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED);

        ReadinessItem period = items.get(AcceptanceChecklist.CONSTRUCTION_PERIOD);
        assertThat(period.figures().constructionEnd()).isEqualTo(END);
        assertThat(period.figures().windowStart()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(period.value()).isEqualTo("ends 2023-02-28");
        assertThat(period.threshold()).isEqualTo("on or after 2022-11-30");

        ReadinessItem total = items.get(AcceptanceChecklist.TOTAL_RECEIVED);
        assertThat(total.figures().received()).isEqualTo(Money.parse("23048000.00"));
        assertThat(total.figures().minimumTotal()).isEqualTo(Money.parse("30000000.00"));
        assertThat(total.value()).isEqualTo("23048000.00");
        assertThat(total.threshold()).isEqualTo("≥ 30000000.00");

        ReadinessItem share = items.get(AcceptanceChecklist.ENTERPRISE_SHARE);
        assertThat(share.met()).isFalse();
        assertThat(share.figures().enterprise()).isEqualTo(Money.parse("7344000.00"));
        assertThat(share.figures().received()).isEqualTo(Money.parse("23048000.00"));
        assertThat(share.figures().enterprisePercent()).isEqualByComparingTo("31.86");
        assertThat(share.figures().minimumShare()).isEqualTo(new Share(1, 3));
        assertThat(share.value()).isEqualTo("7344000.00 of 23048000.00 (31.86%)");
        assertThat(share.threshold()).isEqualTo("≥ 1/3");

        // 2020H1, 2020H2 and 2021H1 have fallen due by 2021-09-01 (31 days after each half-year); 2020H2 is missing
        ReadinessItem reports = items.get(AcceptanceChecklist.REPORTS_SUBMITTED);
        assertThat(reports.figures().reportsDue()).isEqualTo(3);
        assertThat(reports.figures().reportsSubmitted()).isEqualTo(2);
        assertThat(reports.figures().missingPeriods()).containsExactly("2020H2");
        assertThat(reports.value()).isEqualTo("2 of 3 due reports submitted; missing [2020H2]");

        ReadinessItem indicators = items.get(AcceptanceChecklist.MANDATORY_INDICATORS);
        assertThat(indicators.figures().mandatoryTasks()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(indicators.figures().mandatoryIndicators()).as("the optional task's indicator is not counted")
                .isEqualTo(2);
        assertThat(indicators.figures().indicatorsMet()).isEqualTo(1);
        assertThat(indicators.figures().unmetIndicators()).containsExactly("T2-PRACTICE-POSITIONS");
        assertThat(indicators.value()).isEqualTo("1 of 2 met; not met [T2-PRACTICE-POSITIONS]");
        assertThat(indicators.threshold()).isEqualTo("every mandatory indicator (tasks [1, 2, 3, 4, 5, 6, 7])");

        ReadinessItem workstations = items.get(AcceptanceChecklist.WORKSTATION_SHARE);
        assertThat(workstations.figures().workstationYears()).as("2020 is complete only with its H2 report").isEmpty();
        assertThat(workstations.figures().minimumShare()).isEqualTo(new Share(1, 3));

        ReadinessItem agreements = items.get(AcceptanceChecklist.AGREEMENT_SIGNED);
        assertThat(agreements.figures().agreementsSigned()).isEqualTo(2);
        assertThat(agreements.value()).isEqualTo("2 signed");

        ReadinessItem running = items.get(AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED);
        assertThat(running.met()).isFalse();
        assertThat(running.figures().status()).isEqualTo(PlatformStatus.SUSPENDED);

        // C-9 takes effect after the date judged: not yet due
        ReadinessItem confirmations = items.get(AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED);
        assertThat(confirmations.figures().contributionsDue()).isEqualTo(3);
        assertThat(confirmations.figures().contributionsConfirmed()).isEqualTo(1);
        assertThat(confirmations.figures().unconfirmedContributions()).containsExactly(
                new UnconfirmedContribution("C-2", State.DISPUTED), new UnconfirmedContribution("C-3", State.UNCONFIRMED));
        assertThat(confirmations.value()).isEqualTo("1 of 3 confirmed; [C-2 DISPUTED, C-3 UNCONFIRMED]");
    }

    @Test
    void anItemCarriesOnlyTheFiguresOfItsOwnCode() {
        for (ReadinessItem item : AcceptanceChecklist.items(midway(), AS_OF, P)) {
            assertThat(set(item.figures())).as(item.code()).containsExactlyInAnyOrderElementsOf(switch (item.code()) {
                case AcceptanceChecklist.CONSTRUCTION_PERIOD -> List.of("constructionEnd", "windowStart");
                case AcceptanceChecklist.TOTAL_RECEIVED -> List.of("received", "minimumTotal");
                case AcceptanceChecklist.ENTERPRISE_SHARE -> List.of("enterprise", "received", "enterprisePercent",
                        "minimumShare");
                case AcceptanceChecklist.REPORTS_SUBMITTED -> List.of("reportsDue", "reportsSubmitted", "missingPeriods");
                case AcceptanceChecklist.MANDATORY_INDICATORS -> List.of("mandatoryTasks", "mandatoryIndicators",
                        "indicatorsMet", "unmetIndicators");
                case AcceptanceChecklist.WORKSTATION_SHARE -> List.of("workstationYears", "minimumShare");
                case AcceptanceChecklist.AGREEMENT_SIGNED -> List.of("agreementsSigned");
                case AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED -> List.of("status");
                default -> List.of("contributionsDue", "contributionsConfirmed", "unconfirmedContributions");
            });
        }
    }

    @Test
    void completeYearsCarryTheirWorkstationsAndWhetherTheyMeetTheShare() {
        List<PlatformReports.Report> reports = new ArrayList<>(List.of(
                report(2020, 1, "2020-07-10", 150, 50, "ev-r1"), report(2020, 2, "2021-01-10", 150, 50, "ev-r2"),
                report(2021, 1, "2021-07-10", 150, 40, "ev-r3"), report(2021, 2, "2022-01-10", 150, 40, "ev-r4"),
                report(2022, 1, "2022-07-10", 150, 50, "ev-r5")));
        AcceptanceChecklist.Subject s = subject(PlatformStatus.APPROVED, START, END, "0.00", "0.00",
                new PlatformReports(reports, List.of(), List.of(), List.of()));

        ReadinessItem item = byCode(AcceptanceChecklist.items(s, LocalDate.of(2022, 9, 1), P))
                .get(AcceptanceChecklist.WORKSTATION_SHARE);

        assertThat(item.figures().workstationYears()).as("2022 has no H2 report yet: not a complete year").containsExactly(
                new WorkstationYear(2020, 100, 300, true), new WorkstationYear(2021, 80, 300, false));
        assertThat(item.met()).isFalse();
        assertThat(item.value()).isEqualTo("2020: 100/300, 2021: 80/300");
        assertThat(item.threshold()).isEqualTo("≥ 1/3 in every complete year");
    }

    @Test
    void nothingReceivedYetHasNoShare() {
        ReadinessItem share = byCode(AcceptanceChecklist.items(subject(PlatformStatus.APPROVED, START, END, "0.00",
                "0.00", PlatformReports.NONE), AS_OF, P)).get(AcceptanceChecklist.ENTERPRISE_SHARE);

        assertThat(share.met()).isFalse();
        assertThat(share.figures().received()).isEqualTo(Money.ZERO);
        assertThat(share.figures().enterprise()).isEqualTo(Money.ZERO);
        assertThat(share.figures().enterprisePercent()).as("no share of nothing").isNull();
        assertThat(share.figures().minimumShare()).isEqualTo(new Share(1, 3));
        assertThat(share.value()).isEqualTo("0.00 of 0.00 (null%)");
    }

    @Test
    void withoutATaskBookNoIndicatorIsMandatoryAndWithoutACompleteYearNoYearIsListed() {
        Map<String, ReadinessItem> items = byCode(AcceptanceChecklist.items(subject(PlatformStatus.APPROVED, START, END,
                "100.00", "40.00", PlatformReports.NONE), AS_OF, P));

        ReadinessItem indicators = items.get(AcceptanceChecklist.MANDATORY_INDICATORS);
        assertThat(indicators.met()).isFalse();
        assertThat(indicators.figures().mandatoryIndicators()).isZero();
        assertThat(indicators.figures().indicatorsMet()).isZero();
        assertThat(indicators.figures().unmetIndicators()).isEmpty();
        assertThat(indicators.value()).isEqualTo("no task book");

        ReadinessItem workstations = items.get(AcceptanceChecklist.WORKSTATION_SHARE);
        assertThat(workstations.figures().workstationYears()).isEmpty();
        assertThat(workstations.value()).isEqualTo("no complete year reported");

        ReadinessItem reports = items.get(AcceptanceChecklist.REPORTS_SUBMITTED);
        assertThat(reports.figures().reportsDue()).isEqualTo(3);
        assertThat(reports.figures().reportsSubmitted()).isZero();
        assertThat(reports.figures().missingPeriods()).containsExactly("2020H1", "2020H2", "2021H1");

        ReadinessItem confirmations = items.get(AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED);
        assertThat(confirmations.met()).as("nothing to confirm").isTrue();
        assertThat(confirmations.figures().contributionsDue()).isZero();
        assertThat(confirmations.figures().unconfirmedContributions()).isEmpty();

        ReadinessItem agreements = items.get(AcceptanceChecklist.AGREEMENT_SIGNED);
        assertThat(agreements.figures().agreementsSigned()).isZero();
        assertThat(agreements.met()).isFalse();
    }

    @Test
    void aDeclaredPlatformHasNoConstructionPeriodAndNoDueReports() {
        Map<String, ReadinessItem> items = byCode(AcceptanceChecklist.items(subject(PlatformStatus.DECLARED, null, null,
                "0.00", "0.00", PlatformReports.NONE), AS_OF, P));

        ReadinessItem period = items.get(AcceptanceChecklist.CONSTRUCTION_PERIOD);
        assertThat(period.figures().constructionEnd()).isNull();
        assertThat(period.figures().windowStart()).isNull();
        assertThat(period.value()).isEqualTo("not approved");
        assertThat(period.threshold()).isEqualTo("on or after -");
        ReadinessItem reports = items.get(AcceptanceChecklist.REPORTS_SUBMITTED);
        assertThat(reports.figures().reportsDue()).isZero();
        assertThat(reports.figures().missingPeriods()).isEmpty();
        assertThat(reports.met()).as("not approved: nothing can be submitted on time").isFalse();
        assertThat(items.get(AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED).figures().status())
                .isEqualTo(PlatformStatus.DECLARED);
    }

    private static AcceptanceChecklist.Subject subject(PlatformStatus status, LocalDate start, LocalDate end,
                                                       String received, String enterprise, PlatformReports reports) {
        return new AcceptanceChecklist.Subject(status, start, end, Money.parse(received), Money.parse(enterprise),
                List.of(), reports, ContributionConfirmations.NONE);
    }

    private static PlatformReports.Report report(int year, int half, String submittedOn, int total, int offered,
                                                 String eventId) {
        return new PlatformReports.Report(new ReportingPeriod(year, half), 1, LocalDate.parse(submittedOn), total,
                offered, 0, 0, eventId);
    }

    private static EnterpriseContributionRecordedEvent contribution(String entryId, String partyId, String amount,
                                                                    String on) {
        return new EnterpriseContributionRecordedEvent("P", entryId, partyId, ContributionForm.CASH, Money.parse(amount),
                LocalDate.parse(on), "V-" + entryId, null);
    }

    private static Map<String, ReadinessItem> byCode(List<ReadinessItem> items) {
        return items.stream().collect(Collectors.toMap(ReadinessItem::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The names of the figures that are set (not null), as the API's JSON would carry them. */
    private static List<String> set(ReadinessFigures figures) {
        List<String> names = new ArrayList<>();
        for (var component : ReadinessFigures.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(figures) != null) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
