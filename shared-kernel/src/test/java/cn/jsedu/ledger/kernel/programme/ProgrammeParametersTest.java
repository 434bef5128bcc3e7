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
}
