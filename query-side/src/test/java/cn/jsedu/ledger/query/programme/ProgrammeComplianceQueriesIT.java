package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ProgrammeComplianceQueries} over projected read models, on 2021-03-01 (a third of the construction period of
 * platforms started 2020-03-01): programme sums over platforms approved at some point, how many meet each rule, and
 * one row per platform, all from the platform table's running totals.
 */
class ProgrammeComplianceQueriesIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final Clock TODAY = Clock.fixed(Instant.parse("2021-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private ProgrammeComplianceQueries queries() {
        return new ProgrammeComplianceQueries(readModels.jdbc(), readModels.bean(PlatformQueries.class),
                readModels.bean(ProgrammeQueries.class), TODAY);
    }

    @BeforeEach
    void fourPlatforms() {
        PlatformStory onSchedule = PlatformStory.of("JS-101");
        onSchedule.declared();
        onSchedule.approved("2020-03-01");
        onSchedule.agreementSigned("A-1", "2020-03-15");
        onSchedule.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        onSchedule.contribution("C-1", E1, ContributionForm.CASH, "3000000.00", "2020-05-01");
        readModels.project(onSchedule.events());

        PlatformStory reduced = PlatformStory.of("JS-102");
        reduced.declared();
        reduced.approved("2020-03-01");
        reduced.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2020-04-01");
        reduced.decision("D-1", DecisionType.REDUCE_SUPPORT, "1000000.00", "2021-01-15");
        readModels.project(reduced.events());

        PlatformStory terminated = PlatformStory.of("JS-103");
        terminated.declared();
        terminated.approved("2020-03-01");
        terminated.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "4500000.00", "2020-04-01");
        terminated.expenditure("X-1", ExpenditureCategory.OTHER, FundingSource.PROVINCIAL_FINANCE, "1000000.00", "2020-06-01");
        terminated.decision("D-9", DecisionType.TERMINATE, null, "2021-02-01");
        readModels.project(terminated.events());

        PlatformStory declaredOnly = PlatformStory.of("JS-104");
        declaredOnly.declared();
        readModels.project(declaredOnly.events());
    }

    @Test
    void programmeTotalsSumOnlyPlatformsThatWereApprovedAndCountThoseMeetingEachRule() {
        ProgrammeComplianceView view = queries().compliance(ProgrammeId.DEFAULT.value(), 0, 10).orElseThrow();

        assertThat(view.asOf()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(view.totals()).isEqualTo(new ProgrammeComplianceView.Totals(3, "89000000.00", "30000000.00",
                new BigDecimal("33.71"), true, "13500000.00", "3000000.00", new BigDecimal("22.22"), false, 2, 3, 1));
    }

    @Test
    void eachRowJudgesItsPlatformFromTheRunningTotals() {
        ProgrammeComplianceView view = queries().compliance(ProgrammeId.DEFAULT.value(), 0, 10).orElseThrow();

        assertThat(view.totalRows()).isEqualTo(4);
        assertThat(view.rows()).extracting(ProgrammeComplianceView.Row::platformId, ProgrammeComplianceView.Row::status,
                ProgrammeComplianceView.Row::plannedTotal, ProgrammeComplianceView.Row::plannedTotalMet,
                ProgrammeComplianceView.Row::actualTotal, ProgrammeComplianceView.Row::actualEnterpriseShareMet,
                ProgrammeComplianceView.Row::arrivalPercent, ProgrammeComplianceView.Row::arrivalBehindSchedule,
                ProgrammeComplianceView.Row::recoveryDue).containsExactly(
                tuple("JS-101", PlatformStatus.APPROVED, "30000000.00", true, "8000000.00", true,
                        new BigDecimal("26.67"), false, "0.00"),
                tuple("JS-102", PlatformStatus.APPROVED, "29000000.00", false, "1000000.00", false,
                        new BigDecimal("3.45"), true, "0.00"),
                tuple("JS-103", PlatformStatus.TERMINATED, "30000000.00", true, "4500000.00", false,
                        new BigDecimal("15.00"), false, "3500000.00"),
                tuple("JS-104", PlatformStatus.DECLARED, "30000000.00", true, "0.00", true,
                        new BigDecimal("0.00"), false, "0.00"));
        // in 2021 every construction period (2020-03 to 2023-02) is still running: no investment is judged yet
        assertThat(view.rows()).extracting(ProgrammeComplianceView.Row::actualTotalBelowMinimum).containsOnly(false);
    }
}
