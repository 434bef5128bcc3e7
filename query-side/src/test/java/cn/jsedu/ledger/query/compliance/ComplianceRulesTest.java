package cn.jsedu.ledger.query.compliance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceRulesTest {

    private static final ProgrammeParameters P = ProgrammeParameters.defaults();

    @Test
    void theMinimumAndTheShareAtTheirBoundaries() {
        assertThat(ComplianceRules.totalMet(Money.parse("30000000.00"), P)).isTrue();
        assertThat(ComplianceRules.totalMet(Money.parse("29999999.99"), P)).isFalse();
        assertThat(ComplianceRules.shareMet(Money.parse("10000000.00"), Money.parse("30000000.00"), P)).isTrue();
        assertThat(ComplianceRules.shareMet(Money.parse("9999999.99"), Money.parse("30000000.00"), P)).isFalse();
        assertThat(ComplianceRules.shareMet(Money.parse("10000000.00"), Money.parse("30000000.01"), P)).isFalse();
        assertThat(ComplianceRules.shareMet(Money.parse("10000000.01"), Money.parse("30000000.01"), P)).isTrue();
    }

    @Test
    void arrivalIsBehindWhenMoreThanTheTolerateBelowTheElapsedShare() {
        // half the period elapsed: 50 % expected, 20 points tolerated → below 30 % is behind
        ComplianceRules.Elapsed half = ComplianceRules.elapsed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 11),
                LocalDate.of(2020, 1, 6));
        assertThat(half.percent()).isEqualByComparingTo("50.00");
        assertThat(ComplianceRules.arrivalBehind(Money.parse("30.00"), Money.parse("100.00"), half, P)).isFalse();
        assertThat(ComplianceRules.arrivalBehind(Money.parse("29.99"), Money.parse("100.00"), half, P)).isTrue();
        ComplianceRules.Elapsed before = ComplianceRules.elapsed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 11),
                LocalDate.of(2019, 12, 1));
        assertThat(ComplianceRules.arrivalBehind(Money.ZERO, Money.parse("100.00"), before, P)).isFalse();
    }

    @Test
    void investmentBelowTheMinimumIsAFindingFromTheLastDayOfConstructionOn() {
        LocalDate end = LocalDate.of(2023, 2, 28);
        Money below = Money.parse("29999999.99");
        assertThat(ComplianceRules.actualTotalBelowMinimum(below, end, end.minusDays(1), P)).isFalse();
        assertThat(ComplianceRules.actualTotalBelowMinimum(below, end, end, P)).isTrue();
        assertThat(ComplianceRules.actualTotalBelowMinimum(Money.parse("30000000.00"), end, end, P)).isFalse();
        assertThat(ComplianceRules.actualTotalBelowMinimum(below, null, end, P)).as("not approved").isFalse();
    }

    @Test
    void recoveryDue() {
        assertThat(ComplianceRules.recoveryDue(true, Money.parse("100.00"), Money.parse("500.00"), Money.parse("60.00")))
                .isEqualTo(Money.parse("60.00"));
        assertThat(ComplianceRules.recoveryDue(false, Money.parse("100.00"), Money.parse("80.00"), Money.parse("60.00")))
                .isEqualTo(Money.parse("20.00"));
        assertThat(ComplianceRules.recoveryDue(false, Money.parse("100.00"), Money.parse("80.00"), Money.parse("5.00")))
                .isEqualTo(Money.parse("5.00"));
        assertThat(ComplianceRules.recoveryDue(false, Money.parse("100.00"), Money.parse("100.00"), Money.parse("60.00")))
                .isEqualTo(Money.ZERO);
    }
}
