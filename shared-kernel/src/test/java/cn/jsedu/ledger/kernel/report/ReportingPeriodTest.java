package cn.jsedu.ledger.kernel.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    private static final List<MonthDay> ENDS = List.of(MonthDay.of(6, 30), MonthDay.of(12, 31));

    @Test
    void halfYearsEndOnTheConfiguredDaysAndAreDue31DaysLater() {
        ReportingPeriod h1 = ReportingPeriod.parse("2020H1");
        assertThat(h1.start(ENDS)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(h1.end(ENDS)).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(h1.due(ENDS, 31)).isEqualTo(LocalDate.of(2020, 7, 31));
        ReportingPeriod h2 = h1.next();
        assertThat(h2.toString()).isEqualTo("2020H2");
        assertThat(h2.start(ENDS)).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(h2.due(ENDS, 31)).isEqualTo(LocalDate.of(2021, 1, 31));
    }

    @Test
    void periodsCoveringAConstructionPeriod() {
        assertThat(ReportingPeriod.covering(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 3, 1), ENDS))
                .extracting(ReportingPeriod::toString)
                .containsExactly("2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1");
        assertThat(ReportingPeriod.containing(LocalDate.of(2020, 6, 30), ENDS).toString()).isEqualTo("2020H1");
        assertThat(ReportingPeriod.containing(LocalDate.of(2020, 7, 1), ENDS).toString()).isEqualTo("2020H2");
    }

    @Test
    void refusesOtherSpellings() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2020H3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("2020-H1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
