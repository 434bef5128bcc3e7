package cn.jsedu.ledger.kernel.evaluation;

import cn.jsedu.ledger.kernel.evaluation.ScoringRule.WhenNothingToMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationSchemeTest {

    private final EvaluationScheme v1 = EvaluationSchemes.DEFAULT_V1;

    @Test
    void theDefaultBandsHoldAtTheirExactBoundaries() {
        assertThat(v1.grade(10_000)).isEqualTo(Grade.EXCELLENT);
        assertThat(v1.grade(9_000)).isEqualTo(Grade.EXCELLENT);
        assertThat(v1.grade(8_999)).isEqualTo(Grade.GOOD);
        assertThat(v1.grade(7_500)).isEqualTo(Grade.GOOD);
        assertThat(v1.grade(7_499)).isEqualTo(Grade.PASSED);
        assertThat(v1.grade(6_000)).isEqualTo(Grade.PASSED);
        assertThat(v1.grade(5_999)).isEqualTo(Grade.FAILED);
        assertThat(v1.grade(0)).isEqualTo(Grade.FAILED);
        assertThatThrownBy(() -> v1.grade(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v1.grade(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultSchemeIsHalfObjectiveHalfPanelAndIsFoundByItsVersion() {
        assertThat(v1.itemsOf(ItemKind.OBJECTIVE)).extracting(SchemeItem::code).containsExactly(
                EvaluationSchemes.FUNDS_IN_PLACE, EvaluationSchemes.ENTERPRISE_SHARE, EvaluationSchemes.EXECUTION,
                EvaluationSchemes.TASK_INDICATORS, EvaluationSchemes.REPORTS_SUBMITTED,
                EvaluationSchemes.WORKSTATION_SHARE);
        assertThat(v1.itemsOf(ItemKind.OBJECTIVE).stream().mapToInt(SchemeItem::weight).sum()).isEqualTo(50);
        assertThat(v1.itemsOf(ItemKind.PANEL).stream().mapToInt(SchemeItem::weight).sum()).isEqualTo(50);
        assertThat(EvaluationSchemes.find(EvaluationSchemes.DEFAULT_SCHEME_ID, 1)).contains(v1);
        assertThat(EvaluationSchemes.find(EvaluationSchemes.DEFAULT_SCHEME_ID, 2)).isEmpty();
        assertThat(EvaluationSchemes.current()).isSameAs(v1);
    }

    @Test
    void aPanelItemAcceptsScoresFromZeroToItsWeightOnly() {
        SchemeItem panel = v1.item(EvaluationSchemes.PANEL_CONSTRUCTION_QUALITY).orElseThrow();
        assertThat(panel.acceptsPanelScore(0)).isTrue();
        assertThat(panel.acceptsPanelScore(2_500)).isTrue();
        assertThat(panel.acceptsPanelScore(2_501)).isFalse();
        assertThat(panel.acceptsPanelScore(-1)).isFalse();
        assertThat(v1.item(EvaluationSchemes.EXECUTION).orElseThrow().acceptsPanelScore(100))
                .as("an objective item is never the panel's").isFalse();
    }

    @Test
    void refusesWeightsNotAddingUpToAHundredTwiceTheSameItemAndBandsOutOfOrder() {
        ScoringRule rule = ScoringRule.reaching(1, 1, WhenNothingToMeasure.NONE);
        List<GradeBand> bands = List.of(new GradeBand(Grade.PASSED, 6_000), new GradeBand(Grade.FAILED, 0));
        assertThatThrownBy(() -> new EvaluationScheme("S", 1, List.of(SchemeItem.objective("A", "a", 99, rule)), bands))
                .hasMessageContaining("99");
        assertThatThrownBy(() -> new EvaluationScheme("S", 1, List.of(SchemeItem.objective("A", "a", 50, rule),
                SchemeItem.panel("A", "a", 50)), bands)).hasMessageContaining("twice");
        List<SchemeItem> items = List.of(SchemeItem.panel("A", "a", 100));
        assertThatThrownBy(() -> new EvaluationScheme("S", 1, items,
                List.of(new GradeBand(Grade.FAILED, 0), new GradeBand(Grade.PASSED, 6_000))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationScheme("S", 1, items, List.of(new GradeBand(Grade.PASSED, 6_000))))
                .hasMessageContaining("starts at 0");
        assertThatThrownBy(() -> new SchemeItem("A", "a", ItemKind.PANEL, 10, rule))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
