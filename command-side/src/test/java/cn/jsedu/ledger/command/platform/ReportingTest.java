package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.PeriodicReportSubmittedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;

/** Task books and periodic reports (docs/domain.md §6). */
class ReportingTest {

    private static final PlatformUsage USAGE = new PlatformUsage(300, 100, 1200, 5000);

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    /** One indicator of each mandatory task (1-7). */
    static List<IndicatorValue> fullTargets() {
        return List.of(new IndicatorValue("T1-CORE-MODULES", "10"), new IndicatorValue("T2-PRACTICE-POSITIONS", "200"),
                new IndicatorValue("T3-INDUSTRY-MENTORS", "30"), new IndicatorValue("T4-MODULAR-COURSES", "12"),
                new IndicatorValue("T5-FOUR-TECH-REVENUE", "1500000.00"), new IndicatorValue("T6-CREDIT-BANK", "true"),
                new IndicatorValue("T7-INDUSTRY-COLLEGES", "1"));
    }

    private static SetTaskBookCommand taskBook(List<IndicatorValue> targets, String reason) {
        return new SetTaskBookCommand(PLATFORM, targets, reason, "苏教职〔2020〕任务书1号");
    }

    private static SubmitPeriodicReportCommand report(String period, PlatformUsage usage, List<EquipmentEntry> equipment,
                                                      List<IndicatorValue> indicators) {
        return new SubmitPeriodicReportCommand(PLATFORM, ReportingPeriod.parse(period), equipment, usage, indicators);
    }

    private static EquipmentEntry lathe(LocalDate on) {
        return new EquipmentEntry("数控车床", 2, yuan("800000.00"), FundingSource.PROVINCIAL_FINANCE, EquipmentChange.ACQUIRED, on);
    }

    @Test
    void setsATaskBookWithCanonicalValues() {
        List<IndicatorValue> targets = new ArrayList<>(fullTargets());
        targets.add(new IndicatorValue("T8-LUBAN-WORKSHOPS", "1"));
        List<IndicatorValue> given = new ArrayList<>(targets);
        given.set(4, new IndicatorValue("T5-FOUR-TECH-REVENUE", "1500000"));
        fixture.given(declared(), approved()).when(taskBook(given, null))
                .expectEvents(new TaskBookSetEvent(ID, 1, IndicatorCatalogue.VERSION, targets, null, "苏教职〔2020〕任务书1号"));
    }

    @Test
    void refusesATaskBookBeforeApprovalOrAfterTermination() {
        fixture.given(declared()).when(taskBook(fullTargets(), null)).expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
        fixture.given(declared(), approved(), terminated()).when(taskBook(fullTargets(), null))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void refusesUnknownIndicatorsBadValuesAndDuplicates() {
        List<IndicatorValue> unknown = new ArrayList<>(fullTargets());
        unknown.add(new IndicatorValue("T9-NOPE", "1"));
        fixture.given(declared(), approved()).when(taskBook(unknown, null))
                .expectException(refusedWith(ErrorCode.UNKNOWN_INDICATOR, "targets[7].code"));
        List<IndicatorValue> bad = new ArrayList<>(fullTargets());
        bad.set(0, new IndicatorValue("T1-CORE-MODULES", "1.5"));
        fixture.given(declared(), approved()).when(taskBook(bad, null))
                .expectException(refusedWith(ErrorCode.INVALID_INDICATOR_VALUE, "targets[0].value"));
        List<IndicatorValue> twice = new ArrayList<>(fullTargets());
        twice.add(new IndicatorValue("T1-CORE-MODULES", "3"));
        fixture.given(declared(), approved()).when(taskBook(twice, null))
                .expectException(refusedWith(ErrorCode.UNKNOWN_INDICATOR, "targets[7].code"));
    }

    @Test
    void refusesATaskBookWithoutEveryMandatoryTask() {
        fixture.given(declared(), approved()).when(taskBook(fullTargets().subList(0, 6), null))
                .expectException(refusedWith(ErrorCode.TASK_BOOK_INCOMPLETE, "targets"));
    }

    @Test
    void aRevisionNeedsAReason() {
        TaskBookSetEvent first = new TaskBookSetEvent(ID, 1, 1, fullTargets(), null, "d");
        fixture.given(declared(), approved(), first).when(taskBook(fullTargets(), " "))
                .expectException(refusedWith(ErrorCode.REASON_REQUIRED, "reason"));
        fixture.given(declared(), approved(), first).when(taskBook(fullTargets(), "中期调整"))
                .expectEvents(new TaskBookSetEvent(ID, 2, 1, fullTargets(), "中期调整", "苏教职〔2020〕任务书1号"));
    }

    @Test
    void submitsAReportAndAResubmissionSupersedesIt() {
        List<IndicatorValue> actuals = List.of(new IndicatorValue("T1-CORE-MODULES", "4"));
        LocalDate april = LocalDate.of(2020, 4, 20);
        fixture.given(declared(), approved()).when(report("2020H1", USAGE, List.of(lathe(april)), actuals))
                .expectEvents(new PeriodicReportSubmittedEvent(ID, "2020H1", 1, TODAY, List.of(lathe(april)), USAGE, actuals))
                .expectResultMessagePayload(CommandResult.ofPlatform(ID, "2020H1", 2));
        fixture.given(declared(), approved(),
                        new PeriodicReportSubmittedEvent(ID, "2020H1", 1, TODAY, List.of(), USAGE, List.of()))
                .when(report("2020H1", USAGE, List.of(), actuals))
                .expectEvents(new PeriodicReportSubmittedEvent(ID, "2020H1", 2, TODAY, List.of(), USAGE, actuals));
    }

    @Test
    void refusesAReportForAPeriodThatHasNotEnded() {
        fixture.given(declared(), approved()).when(report("2023H2", USAGE, List.of(), List.of()))
                .expectException(refusedWith(ErrorCode.REPORT_PERIOD_NOT_ENDED, "period"));
    }

    @Test
    void refusesAReportOutsideTheConstructionPeriod() {
        fixture.given(declared(), approved()).when(report("2019H2", USAGE, List.of(), List.of()))
                .expectException(refusedWith(ErrorCode.REPORT_PERIOD_OUTSIDE_CONSTRUCTION, "period"));
    }

    @Test
    void refusesAReportOfAPlatformNotYetApproved() {
        fixture.given(declared()).when(report("2020H1", USAGE, List.of(), List.of()))
                .expectException(refusedWith(ErrorCode.PLATFORM_NOT_APPROVED));
    }

    @Test
    void aSuspendedPlatformStillReportsATerminatedOneDoesNot() {
        fixture.given(declared(), approved(), suspended()).when(report("2020H1", USAGE, List.of(), List.of()))
                .expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), terminated()).when(report("2020H1", USAGE, List.of(), List.of()))
                .expectException(refusedWith(ErrorCode.PLATFORM_CLOSED));
    }

    @Test
    void refusesMoreWorkstationsOfferedThanThereAre() {
        fixture.given(declared(), approved()).when(report("2020H1", new PlatformUsage(100, 101, 0, 0), List.of(), List.of()))
                .expectException(refusedWith(ErrorCode.WORKSTATIONS_OFFERED_EXCEED_TOTAL, "usage.workstationsOffered"));
        fixture.given(declared(), approved()).when(report("2020H1", new PlatformUsage(100, 100, 0, 0), List.of(), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesEquipmentDatedOutsideThePeriodOrWithoutValue() {
        fixture.given(declared(), approved()).when(report("2020H1", USAGE, List.of(lathe(LocalDate.of(2020, 7, 1))), List.of()))
                .expectException(refusedWith(ErrorCode.EQUIPMENT_DATE_OUTSIDE_PERIOD, "equipment[0].date"));
        EquipmentEntry free = new EquipmentEntry("x", 1, yuan("0"), FundingSource.COLLEGE, EquipmentChange.ACQUIRED,
                LocalDate.of(2020, 4, 1));
        fixture.given(declared(), approved()).when(report("2020H1", USAGE, List.of(free), List.of()))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "equipment[0].value"));
    }

    @Test
    void refusesUnknownIndicatorActuals() {
        fixture.given(declared(), approved())
                .when(report("2020H1", USAGE, List.of(), List.of(new IndicatorValue("T6-CREDIT-BANK", "maybe"))))
                .expectException(refusedWith(ErrorCode.INVALID_INDICATOR_VALUE, "indicators[0].value"));
    }
}
