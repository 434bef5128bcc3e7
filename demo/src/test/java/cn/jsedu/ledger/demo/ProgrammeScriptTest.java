package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's rule change and second programme are what the ledger accepts (ADR 0019). */
class ProgrammeScriptTest {

    @Test
    void theSecondProgrammesParametersAreAValidSetWithALowerMinimum() {
        Map<String, Object> p = ProgrammeScript.secondProgrammeParameters();
        @SuppressWarnings("unchecked")
        Map<String, Object> batches = (Map<String, Object>) p.get("batchStartYears");
        ParameterChanges changes = new ParameterChanges(Money.parse((String) p.get("minimumTotalInvestment")), null,
                (Integer) p.get("constructionYears"), Map.of(1, (Integer) batches.get("1")),
                LocalDate.parse((String) p.get("acceptanceFrom")), (Integer) p.get("targetPlatformCount"), null, null,
                null, null, null, null, null, null);

        ProgrammeParameters second = ProgrammeParameters.defaults().with(changes);

        assertThat(second.minimumTotalInvestment()).isEqualTo(Money.parse("10000000.00"));
        assertThat(second.batchStartYears()).containsEntry(1, 2021);
    }

    @Test
    void theRuleChangeTakesEffectInTheYearItIsRecordedAndIsAProposal() {
        Step change = ProgrammeScript.ruleChange(LocalDate.of(2026, 12, 3));

        assertThat(change.body().get("effectiveFrom")).isEqualTo("2026-07-01");
        assertThat(change.fourEyes()).isTrue();
        assertThat(change.key()).endsWith("2026-07-01");
        assertThat(change.body().get("decisionRef")).isEqualTo(ProgrammeScript.RULE_CHANGE_REF);
    }

    @Test
    void theSecondProgrammesPlatformsAreOfCollegesThatHaveOneInTheDefaultProgrammeToo() {
        List<DemoPlatform> programme = DemoPlatform.programme();
        List<Step> steps = ProgrammeScript.secondProgramme(programme);

        assertThat(steps.get(0).fourEyes()).as("the establishment is a proposal").isTrue();
        List<Map<String, Object>> declarations = steps.stream().filter(s -> s.path().equals("/api/v1/platforms"))
                .map(Step::body).toList();
        assertThat(declarations).hasSize(2).allSatisfy(d -> assertThat(d.get("programmeId"))
                .isEqualTo(ProgrammeScript.SECOND_PROGRAMME));
        assertThat(declarations).extracting(d -> (Object) ((Map<?, ?>) d.get("college")).get("code"))
                .containsExactly(programme.get(0).collegeCode(), programme.get(8).collegeCode());
        assertThat(steps).extracting(Step::key).doesNotHaveDuplicates();
    }
}
