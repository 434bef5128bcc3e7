package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.report.WorkstationShare;

import cn.jsedu.ledger.kernel.report.ReportingStatus;

import cn.jsedu.ledger.kernel.report.PeriodStatus;

import cn.jsedu.ledger.kernel.report.PlatformReports;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingStatusTest {

    private static final ProgrammeParameters P = ProgrammeParameters.defaults();
    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate END = LocalDate.of(2023, 3, 1);

    private static PlatformReports.Report report(String period, int version, LocalDate on, int offered) {
        return new PlatformReports.Report(ReportingPeriod.parse(period), version, on, 300, offered, 0, 0, period + "-" + version);
    }

    @Test
    void onTimeLateOverdueAndNotYetDueAsOfADate() {
        PlatformReports reports = new PlatformReports(List.of(
                report("2020H1", 1, LocalDate.of(2020, 7, 31), 100),
                report("2020H2", 1, LocalDate.of(2021, 2, 1), 100),
                report("2020H2", 2, LocalDate.of(2021, 3, 1), 100)), List.of(), List.of(), List.of());
        List<PeriodStatus> now = ReportingStatus.of(START, END, reports, LocalDate.of(2021, 8, 1), P);
        assertThat(now).extracting(PeriodStatus::status).containsExactly("SUBMITTED_ON_TIME", "LATE", "OVERDUE",
                "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE");
        assertThat(now.get(1).latestVersion()).isEqualTo(2);
        List<PeriodStatus> then = ReportingStatus.of(START, END, reports, LocalDate.of(2021, 1, 31), P);
        assertThat(then.get(1).status()).isEqualTo("NOT_YET_DUE");
        assertThat(ReportingStatus.of(START, END, reports, LocalDate.of(2021, 2, 1), P).get(1).status()).isEqualTo("LATE");
        assertThat(ReportingStatus.of(START, END, reports, LocalDate.of(2021, 8, 1), P).get(2).status()).isEqualTo("OVERDUE");
    }

    @Test
    void workstationShareCountsOnlyCompleteYearsInIntegers() {
        PlatformReports reports = new PlatformReports(List.of(
                report("2020H1", 1, LocalDate.of(2020, 7, 1), 100), report("2020H2", 1, LocalDate.of(2021, 1, 1), 100),
                report("2021H1", 1, LocalDate.of(2021, 7, 1), 100), report("2021H2", 1, LocalDate.of(2022, 1, 1), 99),
                report("2022H1", 1, LocalDate.of(2022, 7, 1), 0)), List.of(), List.of(), List.of());
        List<WorkstationShare> years = WorkstationShare.of(reports, LocalDate.of(2023, 1, 1), P);
        assertThat(years).extracting(WorkstationShare::year).containsExactly(2020, 2021);
        assertThat(years).extracting(WorkstationShare::met).containsExactly(true, false);
    }
}
