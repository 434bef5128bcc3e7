package cn.jsedu.ledger.query.compliance;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static cn.jsedu.ledger.query.support.PlatformStory.E2;
import static cn.jsedu.ledger.query.support.PlatformStory.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ComplianceCalculator} over projected read models: each finding with its figures and the events behind it,
 * as of an effective date and as known at a recording time. The construction period is 2020-03-01 to 2023-03-01
 * (1,095 days); arrival is behind when it trails the elapsed share by more than 20 points.
 */
class ComplianceCalculatorIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final ProgrammeParameters P = ProgrammeParameters.defaults();

    private final PlatformStory js = PlatformStory.of("JS-001");
    private DomainEventMessage<?> approved;
    private boolean projected;

    @BeforeEach
    void approvedOnTheStandardPlan() {
        js.declared();
        approved = js.approved("2020-03-01");
    }

    /** Projects the story (once), then computes from the read model. */
    private ComplianceView compliance(LocalDate asOf, Instant knownAt) {
        if (!projected) {
            readModels.project(js.events());
            projected = true;
        }
        PlatformRow row = readModels.bean(PlatformQueries.class).find("JS-001").orElseThrow();
        return ComplianceCalculator.compute(readModels.bean(BalanceQueries.class).inputs(row, knownAt),
                cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.NONE, asOf, knownAt, P);
    }

    private static Finding finding(ComplianceView view, String code) {
        return view.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no finding " + code + " in " + view.findings()));
    }

    @Test
    void aPlatformOnScheduleWithEnoughEnterpriseMoneyHasNoFinding() {
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        ComplianceView view = compliance(LocalDate.of(2021, 3, 1), null);

        assertThat(view.findings()).isEmpty();
        assertThat(view.status()).isEqualTo(PlatformStatus.APPROVED);
        assertThat(view.plannedTotal()).isEqualTo("30000000.00");
        assertThat(view.plannedEnterprise()).isEqualTo("10000000.00");
        assertThat(view.plannedEnterprisePercent()).isEqualTo(new BigDecimal("33.33"));
        assertThat(view.plannedEnterpriseShareMet()).isTrue();
        assertThat(view.actualTotal()).isEqualTo("8000000.00");
        assertThat(view.actualEnterprise()).isEqualTo("3000000.00");
        assertThat(view.actualEnterprisePercent()).isEqualTo(new BigDecimal("37.50"));
        assertThat(view.actualEnterpriseShareMet()).isTrue();
        assertThat(view.actualTotalMet()).as("below the minimum, but the period is not over").isFalse();
        assertThat(view.elapsedPercent()).isEqualTo(new BigDecimal("33.33"));
        assertThat(view.arrivalPercent()).isEqualTo(new BigDecimal("26.67"));
        assertThat(view.arrivalBehindSchedule()).isFalse();
        assertThat(view.recoveryDue()).isEqualTo("0.00");
    }

    @Test
    void enterpriseMoneyBelowAThirdOfWhatIsInPlaceIsAFindingNamingEveryReceipt() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> contribution = js.contribution("C-1", E1, ContributionForm.CASH, "2000000.00", "2020-05-01");
        js.expenditure("X-1", ExpenditureCategory.OTHER, FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2020-06-01");
        ComplianceView view = compliance(LocalDate.of(2021, 3, 1), null);

        assertThat(view.findings()).extracting(Finding::code).containsExactly("ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        Finding finding = finding(view, "ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        assertThat(finding.figures()).isEqualTo(Map.of("actualEnterprise", "2000000.00", "actualTotal", "7000000.00"));
        assertThat(finding.eventIds()).as("receipts only, not the expenditure")
                .containsExactly(installment.getIdentifier(), contribution.getIdentifier());
    }

    @Test
    void arrivalTrailingTheElapsedPeriodIsBehindScheduleNamingThePlanAndTheReceipts() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> contribution = js.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        ComplianceView view = compliance(LocalDate.of(2022, 3, 1), null);

        assertThat(view.elapsedPercent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(view.arrivalBehindSchedule()).isTrue();
        assertThat(view.findings()).extracting(Finding::code).containsExactly("ARRIVAL_BEHIND_SCHEDULE");
        Finding finding = finding(view, "ARRIVAL_BEHIND_SCHEDULE");
        assertThat(finding.figures()).isEqualTo(Map.of("received", "8000000.00", "plannedTotal", "30000000.00"));
        assertThat(finding.eventIds()).containsExactly(approved.getIdentifier(), installment.getIdentifier(),
                contribution.getIdentifier());
    }

    @Test
    void investmentBelowTheMinimumIsAFindingOnceTheConstructionPeriodIsOver() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> contribution = js.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");

        assertThat(compliance(LocalDate.of(2023, 2, 28), null).findings()).extracting(Finding::code)
                .containsExactly("ARRIVAL_BEHIND_SCHEDULE");
        ComplianceView view = compliance(LocalDate.of(2023, 3, 1), null);
        assertThat(view.findings()).extracting(Finding::code)
                .containsExactly("ACTUAL_TOTAL_BELOW_MINIMUM", "ARRIVAL_BEHIND_SCHEDULE");
        Finding finding = finding(view, "ACTUAL_TOTAL_BELOW_MINIMUM");
        assertThat(finding.figures()).isEqualTo(Map.of("actualTotal", "8000000.00", "minimumTotal", "30000000.00"));
        assertThat(finding.eventIds()).containsExactly(installment.getIdentifier(), contribution.getIdentifier());
    }

    @Test
    void aTerminatedPlatformOwesItsUnspentProvincialCashUntilItIsRecovered() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> expenditure = js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE,
                FundingSource.PROVINCIAL_FINANCE, "1200000.00", "2020-06-01");
        DomainEventMessage<?> termination = js.decision("D-9", DecisionType.TERMINATE, null, "2022-09-01");
        js.recovery("R-1", FundingSource.PROVINCIAL_FINANCE, "3800000.00", "2022-10-15");

        ComplianceView before = compliance(LocalDate.of(2022, 10, 1), null);
        assertThat(before.status()).isEqualTo(PlatformStatus.TERMINATED);
        assertThat(before.recoveryDue()).isEqualTo("3800000.00");
        Finding finding = finding(before, "RECOVERY_DUE");
        assertThat(finding.figures()).isEqualTo(Map.of("recoveryDue", "3800000.00", "provincialCashBalance", "3800000.00"));
        assertThat(finding.eventIds()).containsExactly(termination.getIdentifier(), installment.getIdentifier(),
                expenditure.getIdentifier());

        ComplianceView after = compliance(LocalDate.of(2022, 10, 15), null);
        assertThat(after.recoveryDue()).isEqualTo("0.00");
        assertThat(after.findings()).extracting(Finding::code).doesNotContain("RECOVERY_DUE");
    }

    @Test
    void aReductionBelowWhatWasReceivedMakesTheUnspentExcessRecoverable() {
        DomainEventMessage<?> installment = js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "10000000.00", "2020-04-01");
        DomainEventMessage<?> expenditure = js.expenditure("X-1", ExpenditureCategory.OTHER,
                FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2020-06-01");
        DomainEventMessage<?> reduction = js.decision("D-2", DecisionType.REDUCE_SUPPORT, "3000000.00", "2021-01-15");
        ComplianceView view = compliance(LocalDate.of(2021, 3, 1), null);

        assertThat(view.plannedTotal()).isEqualTo("27000000.00");
        assertThat(view.recoveryDue()).isEqualTo("3000000.00");
        assertThat(finding(view, "RECOVERY_DUE").eventIds()).containsExactly(reduction.getIdentifier(),
                installment.getIdentifier(), expenditure.getIdentifier());
        Finding belowMinimum = finding(view, "PLANNED_TOTAL_BELOW_MINIMUM");
        assertThat(belowMinimum.figures()).isEqualTo(Map.of("plannedTotal", "27000000.00", "minimumTotal", "30000000.00"));
        assertThat(belowMinimum.eventIds()).containsExactly(approved.getIdentifier());
    }

    @Test
    void aPlanRevisionCountsOnlyAsKnownFromItsRecording() {
        List<PlanLine> lessEnterprise = List.of(
                line(FundingSource.PROVINCIAL_FINANCE, null, 2020, "10000000.00"),
                line(FundingSource.ENTERPRISE, E1, 2020, "5000000.00"),
                line(FundingSource.ENTERPRISE, E2, 2021, "3000000.00"),
                line(FundingSource.COLLEGE, null, 2021, "12000000.00"));
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        DomainEventMessage<?> revision = js.at("2021-05-01T02:00:00Z").planRevised(2, lessEnterprise);

        ComplianceView before = compliance(LocalDate.of(2021, 6, 1), Instant.parse("2021-04-30T00:00:00Z"));
        assertThat(before.plannedEnterprise()).isEqualTo("10000000.00");
        assertThat(before.findings()).extracting(Finding::code).doesNotContain("PLANNED_ENTERPRISE_SHARE_NOT_MET");

        ComplianceView now = compliance(LocalDate.of(2021, 6, 1), null);
        Finding finding = finding(now, "PLANNED_ENTERPRISE_SHARE_NOT_MET");
        assertThat(finding.figures()).isEqualTo(Map.of("plannedEnterprise", "8000000.00", "plannedTotal", "30000000.00"));
        assertThat(finding.eventIds()).containsExactly(revision.getIdentifier());
    }

    @Test
    void aCorrectionChangesTheFiguresOnlyAsKnownFromItsRecording() {
        DomainEventMessage<?> installment = js.at("2020-04-02T08:00:00Z")
                .installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        DomainEventMessage<?> contribution = js.at("2020-05-02T08:00:00Z")
                .contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        DomainEventMessage<?> correction = js.at("2020-09-01T02:00:00Z").correction("ADJ-1", "C-1", "2000000.00", "凭证金额录入错误");

        ComplianceView before = compliance(LocalDate.of(2020, 12, 31), Instant.parse("2020-08-31T00:00:00Z"));
        assertThat(before.actualEnterprise()).isEqualTo("3000000.00");
        assertThat(before.actualEnterpriseShareMet()).isTrue();

        ComplianceView now = compliance(LocalDate.of(2020, 12, 31), null);
        assertThat(now.actualEnterprise()).isEqualTo("2000000.00");
        assertThat(now.actualTotal()).isEqualTo("7000000.00");
        assertThat(finding(now, "ACTUAL_ENTERPRISE_SHARE_NOT_MET").eventIds()).containsExactly(
                installment.getIdentifier(), contribution.getIdentifier(), correction.getIdentifier());
    }
}
