package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.GradeBand;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ScoringRule;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.platform.PlatformAsKnown;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ObjectiveScores} without a database: what an empty ledger earns, and the refusals. */
class ObjectiveScoresTest {

    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final Instant T = Instant.parse("2020-06-01T00:00:00Z");
    private static final List<PlanLine> PLAN = List.of(
            new PlanLine(FundingSource.PROVINCIAL_FINANCE, null, 2020, Money.parse("20000000.00")),
            new PlanLine(FundingSource.ENTERPRISE, "E1", 2020, Money.parse("10000000.00")));

    private static BalanceQueries.Inputs inputs(LocalDate start) {
        return new BalanceQueries.Inputs(new PlatformAsKnown("JS-001", 1, start == null ? PlatformStatus.DECLARED
                : PlatformStatus.APPROVED, start, start == null ? null : start.plusYears(3)), List.of(), PLAN,
                Money.ZERO, "plan-event", List.of());
    }

    private static Map<String, Integer> scores(LocalDate referenceDate) {
        return ObjectiveScores.compute(inputs(START), PlatformReports.NONE, referenceDate, T,
                        ProgrammeParameters.defaults(), EvaluationSchemes.DEFAULT_V1).stream()
                .collect(Collectors.toMap(ItemScore::code, ItemScore::centipoints));
    }

    @Test
    void anEmptyLedgerEarnsOnlyWhatNothingWasAskedFor() {
        Map<String, Integer> scores = scores(START.plusDays(10));
        assertThat(scores).containsEntry(EvaluationSchemes.FUNDS_IN_PLACE, 0)
                .containsEntry(EvaluationSchemes.ENTERPRISE_SHARE, 0)
                .containsEntry(EvaluationSchemes.EXECUTION, 0)
                .containsEntry(EvaluationSchemes.TASK_INDICATORS, 0)
                .as("no report due yet, no complete year").containsEntry(EvaluationSchemes.REPORTS_SUBMITTED, 500)
                .containsEntry(EvaluationSchemes.WORKSTATION_SHARE, 500);
    }

    @Test
    void onTheFirstDayOfConstructionNoMoneyIsDueYet() {
        assertThat(scores(START)).containsEntry(EvaluationSchemes.FUNDS_IN_PLACE, 1_200);
        assertThat(scores(START.plusDays(1))).containsEntry(EvaluationSchemes.FUNDS_IN_PLACE, 0);
    }

    @Test
    void refusesAPlatformNotApprovedAsKnownThenAndAMissingTime() {
        assertThatThrownBy(() -> ObjectiveScores.compute(inputs(null), PlatformReports.NONE, START, T,
                ProgrammeParameters.defaults(), EvaluationSchemes.DEFAULT_V1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not approved");
        assertThatThrownBy(() -> ObjectiveScores.compute(inputs(START), PlatformReports.NONE, START, null,
                ProgrammeParameters.defaults(), EvaluationSchemes.DEFAULT_V1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("knownAt");
    }

    @Test
    void refusesASchemeWithAnObjectiveItemItCannotMeasure() {
        EvaluationScheme unknown = new EvaluationScheme("OTHER", 1, List.of(
                SchemeItem.objective("PATENTS_FILED", "专利", 50,
                        ScoringRule.reaching(1, 1, ScoringRule.WhenNothingToMeasure.NONE)),
                SchemeItem.panel("PANEL", "专家评议", 50)), List.of(new GradeBand(Grade.FAILED, 0)));
        assertThatThrownBy(() -> ObjectiveScores.compute(inputs(START), PlatformReports.NONE, START, T,
                ProgrammeParameters.defaults(), unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PATENTS_FILED");
    }
}
