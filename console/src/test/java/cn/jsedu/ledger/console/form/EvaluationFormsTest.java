package cn.jsedu.ledger.console.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Points as people type them become the API's centipoints exactly; anything else goes as typed, for the API to name. */
class EvaluationFormsTest {

    @Test
    void pointsWithUpToTwoDecimalsBecomeCentipointsExactly() {
        assertThat(EvaluationForms.centipoints("22.5")).isEqualTo(2250);
        assertThat(EvaluationForms.centipoints("２２．５")).isEqualTo(2250);
        assertThat(EvaluationForms.centipoints(" 25 ")).isEqualTo(2500);
        assertThat(EvaluationForms.centipoints("0.01")).isEqualTo(1);
        assertThat(EvaluationForms.centipoints("24.99")).isEqualTo(2499);
        assertThat(EvaluationForms.centipoints("-1")).as("the API refuses it naming centipoints").isEqualTo(-100);
    }

    @Test
    void whatIsNotAScoreOfHundredthsIsSentAsTypedOrNotAtAll() {
        assertThat(EvaluationForms.centipoints("22.505")).isEqualTo("22.505");
        assertThat(EvaluationForms.centipoints("二十")).isEqualTo("二十");
        assertThat(EvaluationForms.centipoints("1234567")).isEqualTo("1234567");
        assertThat(EvaluationForms.centipoints("  ")).isNull();
        assertThat(EvaluationForms.openRound("P", "ANNUAL", "20x5", "", null))
                .containsEntry("year", "20x5").containsEntry("batch", null).containsEntry("referenceDate", null);
    }
}
