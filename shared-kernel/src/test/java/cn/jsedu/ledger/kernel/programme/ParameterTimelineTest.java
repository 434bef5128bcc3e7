package cn.jsedu.ledger.kernel.programme;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterTimelineTest {

    private static final ProgrammeParameters PLAN = ProgrammeParameters.defaults();
    private static final Share ONE_QUARTER = new Share(1, 4);
    private static final Instant T1 = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2024-09-01T02:00:00Z");
    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    private static ParameterChanges share(Share share) {
        return new ParameterChanges(null, share, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ParameterChanges tolerance(int points) {
        return new ParameterChanges(null, null, null, null, null, null, null, null, null, null, points, null, null, null);
    }

    @Test
    void theEstablishedSetIsInForceUntilTheFirstChange() {
        ParameterTimeline timeline = ParameterTimeline.of(PLAN);
        assertThat(timeline.inForce(LocalDate.MIN)).isEqualTo(PLAN);
        assertThat(timeline.inForce(LocalDate.of(2030, 1, 1), T1)).isEqualTo(PLAN);
    }

    @Test
    void aChangeHoldsFromItsEffectiveDateOnAndOnlyAsKnownFromItsRecording() {
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(JULY, T2, share(ONE_QUARTER)));
        assertThat(timeline.inForce(JULY.minusDays(1)).minimumEnterpriseShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(timeline.inForce(JULY).minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        assertThat(timeline.inForce(JULY.plusYears(5)).minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        // known at T: only changes recorded by T count, the established set always
        assertThat(timeline.inForce(JULY, T1).minimumEnterpriseShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(timeline.inForce(JULY, T2.minusMillis(1)).minimumEnterpriseShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(timeline.inForce(JULY, T2).minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        assertThat(timeline.asKnownAt(T1).changes()).isEmpty();
        assertThat(timeline.asKnownAt(T2).inForce(JULY).minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        // everything else as established
        assertThat(timeline.inForce(JULY).minimumTotalInvestment()).isEqualTo(PLAN.minimumTotalInvestment());
    }

    @Test
    void aBackDatedChangeOfOneParameterDoesNotUndoALaterChangeOfAnother() {
        // recorded first: the tolerance from 2025; recorded later, back-dated before it: the share from July 2024
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(LocalDate.of(2025, 1, 1), T1, tolerance(10)))
                .with(new ParameterTimeline.Change(JULY, T2, share(ONE_QUARTER)));
        ProgrammeParameters in2025 = timeline.inForce(LocalDate.of(2025, 6, 1));
        assertThat(in2025.minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        assertThat(in2025.arrivalTolerancePercent()).isEqualTo(10);
        assertThat(timeline.inForce(LocalDate.of(2024, 8, 1)).arrivalTolerancePercent()).isEqualTo(20);
        assertThat(timeline.inForce(LocalDate.of(2025, 6, 1), T1).minimumEnterpriseShare()).isEqualTo(Share.ONE_THIRD);
        assertThat(timeline.changes()).extracting(ParameterTimeline.Change::effectiveFrom)
                .containsExactly(JULY, LocalDate.of(2025, 1, 1));
    }

    @Test
    void twoChangesOnTheSameDayApplyInTheOrderTheyWereRecorded() {
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(JULY, T2, share(new Share(2, 5))))
                .with(new ParameterTimeline.Change(JULY, T1, share(ONE_QUARTER)));
        assertThat(timeline.inForce(JULY).minimumEnterpriseShare()).isEqualTo(new Share(2, 5));
        assertThat(timeline.inForce(JULY, T1).minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
    }

    @Test
    void stepsShowEachChangeWithTheSetInForceFromIt() {
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(JULY, T1, share(ONE_QUARTER)))
                .with(new ParameterTimeline.Change(LocalDate.of(2025, 1, 1), T2, tolerance(10)));
        List<ParameterTimeline.Step> steps = timeline.steps();
        assertThat(steps).extracting(ParameterTimeline.Step::effectiveFrom)
                .containsExactly(null, JULY, LocalDate.of(2025, 1, 1));
        assertThat(steps.get(2).parameters().minimumEnterpriseShare()).isEqualTo(ONE_QUARTER);
        assertThat(steps.get(2).parameters().arrivalTolerancePercent()).isEqualTo(10);
        assertThat(steps.get(2).changes().names()).containsExactly("arrivalTolerancePercent");
    }

    @Test
    void aChangeMustLeaveEveryLaterSetValid() {
        // task 8 is dropped from 2024, made mandatory from 2025; a back-dated change making it optional again from July
        // 2024 is valid then, but would list it as both from 2025 on
        ParameterChanges noOptional = new ParameterChanges(null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null, null);
        ParameterChanges eightMandatory = new ParameterChanges(null, null, null, null, null, null, null,
                List.of(1, 2, 3, 4, 5, 6, 7, 8), null, null, null, null, null, null);
        ParameterChanges eightOptionalAgain = new ParameterChanges(null, null, null, null, null, null, null,
                null, List.of(8), null, null, null, null, null);
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(LocalDate.of(2024, 1, 1), T1, noOptional))
                .with(new ParameterTimeline.Change(LocalDate.of(2025, 1, 1), T1, eightMandatory));
        timeline.requireValidFrom(LocalDate.of(2024, 1, 1));
        ParameterTimeline clash = timeline.with(new ParameterTimeline.Change(JULY, T2, eightOptionalAgain));
        assertThat(clash.inForce(JULY).optionalTasks()).containsExactly(8);
        assertThatThrownBy(() -> clash.requireValidFrom(JULY)).isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("optionalTasks");
    }

    @Test
    void theQueryWindowStartsWithTheEarliestProgrammeWindow() {
        ParameterChanges earlierBatch = new ParameterChanges(null, null, null, java.util.Map.of(1, 2017, 2, 2020),
                null, null, null, null, null, null, null, null, null, null);
        ParameterTimeline timeline = ParameterTimeline.of(PLAN)
                .with(new ParameterTimeline.Change(JULY, T1, earlierBatch));
        assertThat(ParameterTimeline.of(PLAN).queryWindow().range()).isEqualTo("2018-01-01 to 9999-12-31");
        assertThat(timeline.queryWindow().from()).isEqualTo(LocalDate.of(2016, 1, 1));
    }

    @Test
    void changesAreAppliedOnlyToWhatTheyName() {
        ParameterChanges changes = new ParameterChanges(Money.parse("40000000.00"), null, 4, null, null, null, null,
                null, null, 40, null, null, null, null);
        ProgrammeParameters changed = PLAN.with(changes);
        assertThat(changed.minimumTotalInvestment()).isEqualTo(Money.parse("40000000.00"));
        assertThat(changed.constructionYears()).isEqualTo(4);
        assertThat(changed.reportDueDays()).isEqualTo(40);
        assertThat(changed.minimumEnterpriseShare()).isEqualTo(PLAN.minimumEnterpriseShare());
        assertThat(changed.batchStartYears()).isEqualTo(PLAN.batchStartYears());
        assertThat(changes.names()).containsExactly("minimumTotalInvestment", "constructionYears", "reportDueDays");
        assertThat(ParameterChanges.NONE.isEmpty()).isTrue();
        assertThat(PLAN.with(ParameterChanges.NONE)).isEqualTo(PLAN);
    }
}
