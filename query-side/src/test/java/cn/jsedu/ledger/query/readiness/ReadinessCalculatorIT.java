package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.UnconfirmedContribution;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.WorkstationYear;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import cn.jsedu.ledger.kernel.event.AgreementSignedEvent;
import cn.jsedu.ledger.kernel.event.ContributionConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ContributionDisputedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.MoneyEntryEvent;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReadinessCalculator} over projected read models (through {@link ReadinessQueries#platform}): the acceptance
 * checklist item by item, with value, threshold and the events behind each, READY only when every item holds.
 */
class ReadinessCalculatorIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final LocalDate END = LocalDate.of(2023, 3, 1);

    private final PlatformStory js = PlatformStory.of("JS-001");
    private boolean projected;

    private ReadinessView readiness(ReadyPlatform platform, LocalDate asOf) {
        platform.recordIn(js);
        return readiness(asOf);
    }

    /** Projects the story (once), then evaluates from the read model. */
    private ReadinessView readiness(LocalDate asOf) {
        if (!projected) {
            readModels.project(js.events());
            projected = true;
        }
        return readModels.bean(ReadinessQueries.class).platform(
                readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow(), asOf);
    }

    private static ReadinessItem item(ReadinessView view, String code) {
        return view.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> failing(ReadinessView view) {
        return view.items().stream().filter(i -> !i.met()).map(ReadinessItem::code).toList();
    }

    private List<String> ids(Predicate<Object> payload) {
        return js.events().stream().filter(e -> payload.test(e.getPayload())).map(DomainEventMessage::getIdentifier).toList();
    }

    private String report(String period) {
        return ids(p -> p instanceof PeriodicReportSubmittedEvent r && r.period().equals(period)).get(0);
    }

    @Test
    void aPlatformMeetingEveryItemIsReadyAndEachItemNamesItsEvidence() {
        ReadinessView view = readiness(ReadyPlatform.ready(), END);
        List<String> receipts = ids(p -> p instanceof MoneyEntryEvent);
        List<String> reports = ids(p -> p instanceof PeriodicReportSubmittedEvent);
        String taskBook = ids(p -> p instanceof TaskBookSetEvent).get(0);

        assertThat(view.overall()).isEqualTo(ReadinessView.Overall.READY);
        assertThat(view.items()).containsExactly(
                new ReadinessItem("CONSTRUCTION_PERIOD", true, "ends 2023-03-01", "on or after 2022-12-01", List.of(),
                        ReadinessFigures.constructionPeriod(END, LocalDate.of(2022, 12, 1))),
                new ReadinessItem("TOTAL_RECEIVED", true, "30000000.00", "≥ 30000000.00", receipts,
                        ReadinessFigures.totalReceived(Money.parse("30000000.00"), Money.parse("30000000.00"))),
                new ReadinessItem("ENTERPRISE_SHARE", true, "10000000.00 of 30000000.00 (33.33%)", "≥ 1/3", receipts,
                        ReadinessFigures.enterpriseShare(Money.parse("10000000.00"), Money.parse("30000000.00"),
                                new BigDecimal("33.33"), Share.ONE_THIRD)),
                new ReadinessItem("REPORTS_SUBMITTED", true, "6 of 6 due reports submitted", "every due report", reports,
                        ReadinessFigures.reports(6, 6, List.of())),
                new ReadinessItem("MANDATORY_INDICATORS", true, "7 of 7 met",
                        "every mandatory indicator (tasks [1, 2, 3, 4, 5, 6, 7])", List.of(taskBook, report("2022H1")),
                        ReadinessFigures.indicators(List.of(1, 2, 3, 4, 5, 6, 7), 7, 7, List.of())),
                new ReadinessItem("WORKSTATION_SHARE", true, "2020: 200/600, 2021: 200/600, 2022: 200/600",
                        "≥ 1/3 in every complete year", reports, ReadinessFigures.workstations(List.of(
                        new WorkstationYear(2020, 200, 600, true), new WorkstationYear(2021, 200, 600, true),
                        new WorkstationYear(2022, 200, 600, true)), Share.ONE_THIRD)),
                new ReadinessItem("AGREEMENT_SIGNED", true, "1 signed", "≥ 1", ids(p -> p instanceof AgreementSignedEvent),
                        ReadinessFigures.agreements(1)),
                new ReadinessItem("NOT_SUSPENDED_OR_TERMINATED", true, "APPROVED", "not SUSPENDED or TERMINATED", List.of(),
                        ReadinessFigures.status(PlatformStatus.APPROVED)),
                new ReadinessItem("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", true, "2 of 2 confirmed",
                        "every enterprise contribution confirmed by its enterprise", confirmations(),
                        ReadinessFigures.confirmations(2, 2, List.of())));
    }

    /** Each contribution's recording, then its enterprise's answer, in the order of the contributions. */
    private List<String> confirmations() {
        List<String> recorded = ids(p -> p instanceof EnterpriseContributionRecordedEvent);
        List<String> answered = ids(p -> p instanceof ContributionConfirmedEvent || p instanceof ContributionDisputedEvent);
        return List.of(recorded.get(0), answered.get(0), recorded.get(1), answered.get(1));
    }

    @Test
    void aDisputedContributionIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready().withDisputed("C-2"), END);
        assertThat(failing(view)).containsExactly("ENTERPRISE_CONTRIBUTIONS_CONFIRMED");
        assertThat(item(view, "ENTERPRISE_CONTRIBUTIONS_CONFIRMED").value()).isEqualTo("1 of 2 confirmed; [C-2 DISPUTED]");
        assertThat(item(view, "ENTERPRISE_CONTRIBUTIONS_CONFIRMED").figures().unconfirmedContributions())
                .containsExactly(new UnconfirmedContribution("C-2", ContributionConfirmations.State.DISPUTED));
    }

    @Test
    void aCorrectionAfterTheConfirmationLeavesTheContributionUnconfirmed() {
        ReadyPlatform.ready().recordIn(js);
        js.correction("ADJ-1", "C-1", "6000000.01", "录入错误");
        ReadinessView view = readiness(END);
        assertThat(failing(view)).containsExactly("ENTERPRISE_CONTRIBUTIONS_CONFIRMED");
        assertThat(item(view, "ENTERPRISE_CONTRIBUTIONS_CONFIRMED").value()).isEqualTo("1 of 2 confirmed; [C-1 UNCONFIRMED]");
    }

    @Test
    void beforeTheLastNinetyDaysOfTheConstructionPeriodItIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready(), LocalDate.of(2022, 11, 30));
        assertThat(failing(view)).containsExactly("CONSTRUCTION_PERIOD");
        assertThat(view.overall()).isEqualTo(ReadinessView.Overall.NOT_READY);
        assertThat(readiness(LocalDate.of(2022, 12, 1)).overall()).isEqualTo(ReadinessView.Overall.READY);
    }

    @Test
    void enterpriseMoneyOneFenShortOfAThirdIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready().withEnterpriseOneFenShort(), END);
        assertThat(failing(view)).containsExactly("ENTERPRISE_SHARE");
        assertThat(item(view, "ENTERPRISE_SHARE").value()).isEqualTo("9999999.99 of 30000000.00 (33.33%)");
    }

    @Test
    void aRecoveryCountsAgainstTheInvestmentInPlace() {
        ReadyPlatform.ready().recordIn(js);
        DomainEventMessage<?> recovery = js.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "0.01", "2022-12-20");
        ReadinessView view = readiness(END);

        assertThat(failing(view)).containsExactly("TOTAL_RECEIVED");
        assertThat(item(view, "TOTAL_RECEIVED").value()).isEqualTo("29999999.99");
        assertThat(item(view, "TOTAL_RECEIVED").evidence()).contains(recovery.getIdentifier());
    }

    @Test
    void aDueReportNotSubmittedIsMissingAndItsYearIsNoCompleteYear() {
        ReadinessView view = readiness(ReadyPlatform.ready().withoutReportFor("2021H2"), END);
        assertThat(failing(view)).containsExactly("REPORTS_SUBMITTED");
        assertThat(item(view, "REPORTS_SUBMITTED").value()).isEqualTo("5 of 6 due reports submitted; missing [2021H2]");
        assertThat(item(view, "WORKSTATION_SHARE").value()).isEqualTo("2020: 200/600, 2022: 200/600");
    }

    @Test
    void aMandatoryIndicatorBelowItsTargetIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready().withMentorsReported("29"), END);
        assertThat(failing(view)).containsExactly("MANDATORY_INDICATORS");
        assertThat(item(view, "MANDATORY_INDICATORS").value()).isEqualTo("6 of 7 met; not met [T3-INDUSTRY-MENTORS]");
    }

    @Test
    void aYearWithLessThanAThirdOfTheWorkstationsOfferedIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready().withOfferedIn2021H2(99), END);
        assertThat(failing(view)).containsExactly("WORKSTATION_SHARE");
        assertThat(item(view, "WORKSTATION_SHARE").value()).isEqualTo("2020: 200/600, 2021: 199/600, 2022: 200/600");
    }

    @Test
    void withoutASignedAgreementItIsNotReady() {
        ReadinessView view = readiness(ReadyPlatform.ready().withoutAgreement(), END);
        assertThat(failing(view)).containsExactly("AGREEMENT_SIGNED");
        assertThat(item(view, "AGREEMENT_SIGNED").value()).isEqualTo("0 signed");
    }

    @Test
    void aSuspendedPlatformIsNotReady() {
        ReadyPlatform.ready().recordIn(js);
        js.suspended();
        ReadinessView view = readiness(END);
        assertThat(view.status()).isEqualTo(PlatformStatus.SUSPENDED);
        assertThat(failing(view)).containsExactly("NOT_SUSPENDED_OR_TERMINATED");
    }
}
