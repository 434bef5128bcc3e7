package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeParametersTest {

    @Test
    void defaultsAreThePlans() {
        ProgrammeParameters p = ProgrammeParameters.defaults();
        assertThat(p.minimumTotalInvestment()).isEqualTo(Money.parse("30000000.00"));
        assertThat(p.minimumEnterpriseShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(p.constructionYears()).isEqualTo(3);
        assertThat(p.batchStartYears()).containsEntry(1, 2019).containsEntry(2, 2020).containsEntry(3, 2021);
        assertThat(p.acceptanceFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(p.workstationShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(p.mandatoryTasks()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(p.optionalTasks()).containsExactly(8);
        assertThat(p.reportPeriodEnds()).containsExactly(MonthDay.of(6, 30), MonthDay.of(12, 31));
        assertThat(p.reportDueDays()).isEqualTo(31);
        assertThat(p.constructionEnd(LocalDate.of(2020, 3, 1))).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void theDateWindowsAreMadeFromTheParameters() {
        ProgrammeParameters p = ProgrammeParameters.defaults();
        assertThat(p.datesMonthsBeforeStart()).isEqualTo(12);
        assertThat(p.settlementMonthsAfterEnd()).isEqualTo(24);
        assertThat(p.budgetTolerance()).isEqualTo(new BudgetTolerance(10, BudgetTolerance.Overrun.REFUSE));
        LocalDate start = LocalDate.of(2020, 3, 1);
        LocalDate end = LocalDate.of(2023, 3, 1);
        assertThat(p.entryWindow(start, end).range()).isEqualTo("2019-03-01 to 2023-03-01");
        assertThat(p.settlementWindow(start, end).range()).isEqualTo("2019-03-01 to 2025-03-01");
        assertThat(p.acceptanceWindow(end).range()).isEqualTo("2022-12-01 to 2025-03-01");
        assertThat(p.acceptanceWindow(LocalDate.of(2022, 1, 31)).from()).as("never before acceptance-from")
                .isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(p.programmeWindow().range()).isEqualTo("2018-01-01 to 2026-12-31");
        assertThat(p.queryWindow().range()).isEqualTo("2018-01-01 to 9999-12-31");
        DateWindow w = p.entryWindow(start, end);
        assertThat(List.of(w.contains(LocalDate.of(2019, 2, 28)), w.contains(LocalDate.of(2019, 3, 1)),
                w.contains(end), w.contains(end.plusDays(1)), w.contains(LocalDate.MIN), w.contains(LocalDate.MAX)))
                .containsExactly(false, true, true, false, false, false);
        assertThat(w.endingBy(LocalDate.of(2021, 6, 30)).range()).isEqualTo("2019-03-01 to 2021-06-30");
        assertThat(w.endingBy(LocalDate.of(2030, 1, 1))).isEqualTo(w);

        Properties longer = ProgrammeParameters.defaultProperties();
        longer.setProperty("ledger.programme.dates-months-before-construction-start", "6");
        longer.setProperty("ledger.programme.settlement-months-after-construction-end", "0");
        assertThat(ProgrammeParameters.from(longer::getProperty).settlementWindow(start, end).range())
                .isEqualTo("2019-09-01 to 2023-03-01");
    }

    @Test
    void everyParameterCanBeOverridden() {
        Properties properties = ProgrammeParameters.defaultProperties();
        properties.setProperty("ledger.programme.minimum-total-investment", "50000000.00");
        properties.setProperty("ledger.programme.minimum-enterprise-share", "2/5");
        ProgrammeParameters p = ProgrammeParameters.from(properties::getProperty);
        assertThat(p.minimumTotalInvestment()).isEqualTo(Money.parse("50000000.00"));
        assertThat(p.minimumEnterpriseShare()).isEqualTo(new Share(2, 5));
    }

    @Test
    void refusesMissingOrImpossibleParameters() {
        Properties properties = ProgrammeParameters.defaultProperties();
        properties.remove("ledger.programme.report-due-days");
        assertThatThrownBy(() -> ProgrammeParameters.from(properties::getProperty))
                .hasMessageContaining("report-due-days");
        Properties twoPerCollege = ProgrammeParameters.defaultProperties();
        twoPerCollege.setProperty("ledger.programme.platforms-per-college", "2");
        assertThatThrownBy(() -> ProgrammeParameters.from(twoPerCollege::getProperty))
                .hasMessageContaining("platforms-per-college");
        assertThat(List.of(ProgrammeParameters.defaults().isKnownBatch(3), ProgrammeParameters.defaults().isKnownBatch(4)))
                .containsExactly(true, false);
    }

    @Test
    void invalidValuesAreRefusedNamingTheParameter() {
        ProgrammeParameters plan = ProgrammeParameters.defaults();
        assertThat(refusal(() -> plan.with(changes(c -> c.share = new Share(0, 1)))))
                .isEqualTo("minimumEnterpriseShare");
        assertThat(refusal(() -> plan.with(changes(c -> c.workstationShare = new Share(0, 5)))))
                .isEqualTo("workstationShare");
        assertThatThrownBy(() -> new Share(4, 3)).as("a share above one is not even a share")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(refusal(() -> plan.with(changes(c -> c.total = Money.ZERO)))).isEqualTo("minimumTotalInvestment");
        assertThat(refusal(() -> plan.with(changes(c -> c.years = 0)))).isEqualTo("constructionYears");
        assertThat(refusal(() -> plan.with(changes(c -> c.batches = java.util.Map.of())))).isEqualTo("batchStartYears");
        assertThat(refusal(() -> plan.with(changes(c -> c.batches = java.util.Map.of(0, 2020))))).isEqualTo("batchStartYears");
        assertThat(refusal(() -> plan.with(changes(c -> c.tolerance = 101)))).isEqualTo("arrivalTolerancePercent");
        assertThat(refusal(() -> plan.with(changes(c -> c.tolerance = -1)))).isEqualTo("arrivalTolerancePercent");
        assertThat(refusal(() -> plan.with(changes(c -> c.dueDays = -1)))).isEqualTo("reportDueDays");
        assertThat(refusal(() -> plan.with(changes(c -> c.mandatory = List.of(1, 9))))).isEqualTo("mandatoryTasks");
        assertThat(refusal(() -> plan.with(changes(c -> c.optional = List.of(7))))).as("7 is mandatory already")
                .isEqualTo("optionalTasks");
        assertThat(refusal(() -> plan.with(changes(c -> c.budgetTolerance = 101)))).isEqualTo("budgetTolerancePercent");
        assertThat(refusal(() -> plan.with(changes(c -> c.budgetTolerance = -1)))).isEqualTo("budgetTolerancePercent");
        assertThat(plan.with(changes(c -> c.share = new Share(1, 1))).minimumEnterpriseShare())
                .as("all of it from enterprises is a valid (if strict) rule").isEqualTo(new Share(1, 1));
    }

    @Test
    void theBudgetToleranceIsChangedPartByPartAndTheOtherPartKept() {
        ProgrammeParameters plan = ProgrammeParameters.defaults();
        assertThat(plan.with(changes(c -> c.budgetTolerance = 15)).budgetTolerance())
                .isEqualTo(new BudgetTolerance(15, BudgetTolerance.Overrun.REFUSE));
        assertThat(plan.with(changes(c -> c.overrun = BudgetTolerance.Overrun.FLAG)).budgetTolerance())
                .isEqualTo(new BudgetTolerance(10, BudgetTolerance.Overrun.FLAG));
        assertThat(plan.with(changes(c -> c.budgetTolerance = 0)).budgetTolerance().percent()).isZero();
        assertThat(changes(c -> {
            c.budgetTolerance = 15;
            c.overrun = BudgetTolerance.Overrun.FLAG;
        }).asMap()).containsEntry("budgetTolerancePercent", 15).containsEntry("budgetOverrun", BudgetTolerance.Overrun.FLAG);
    }

    /** The parameter an invalid set is refused for. */
    private static String refusal(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidParameterException e) {
            return e.parameter();
        }
        throw new AssertionError("accepted");
    }

    private static final class Values {
        Money total;
        Share share;
        Integer years;
        java.util.Map<Integer, Integer> batches;
        Share workstationShare;
        List<Integer> mandatory;
        List<Integer> optional;
        Integer dueDays;
        Integer tolerance;
        Integer budgetTolerance;
        BudgetTolerance.Overrun overrun;
    }

    private static ParameterChanges changes(java.util.function.Consumer<Values> set) {
        Values v = new Values();
        set.accept(v);
        return new ParameterChanges(v.total, v.share, v.years, v.batches, null, null, v.workstationShare, v.mandatory,
                v.optional, v.dueDays, v.tolerance, null, null, null, v.budgetTolerance, v.overrun);
    }
}
