package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.report.ReportingStatus;

import cn.jsedu.ledger.kernel.report.PeriodStatus;

import cn.jsedu.ledger.kernel.report.PlatformReports;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.query.support.PlatformStory.E1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ReportingProjection} on a real read model: task book targets, report versions with their indicator actuals
 * and equipment, and what is read back from them (reporting status, indicator progress, the equipment register).
 */
class ReportingProjectionIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private static final ProgrammeParameters P = ProgrammeParameters.defaults();
    private static final PlatformUsage USAGE = new PlatformUsage(300, 100, 1200, 5000);

    private final PlatformStory js = PlatformStory.of("JS-001");

    @BeforeEach
    void approvedForThreeYearsFromMarch2020() {
        js.declared();
        js.approved("2020-03-01");
        readModels.project(js.events());
    }

    private PlatformReports reports() {
        return readModels.bean(ReportingRepository.class).of("JS-001");
    }

    private static EquipmentEntry equipment(String item, String value, FundingSource source, String date) {
        return new EquipmentEntry(item, 1, Money.parse(value), source, EquipmentChange.ACQUIRED, LocalDate.parse(date));
    }

    @Test
    void aTaskBookStoresEachTargetWithItsTaskUnitAndIntegerValue() {
        DomainEventMessage<?> taskBook = js.taskBook(1, "T1-CORE-MODULES", "10", "T5-FOUR-TECH-REVENUE", "1500000.00",
                "T6-CREDIT-BANK", "true");
        readModels.project(taskBook);

        assertThat(readModels.rows("""
                SELECT code, task, unit, target, target_value, task_book_version, event_id FROM read_model.task_book_target
                WHERE platform_id = 'JS-001' ORDER BY task""")).containsExactly(
                tuple("T1-CORE-MODULES", 1, "COUNT", "10", 10L, 1, taskBook.getIdentifier()),
                tuple("T5-FOUR-TECH-REVENUE", 5, "MONEY", "1500000.00", 150000000L, 1, taskBook.getIdentifier()),
                tuple("T6-CREDIT-BANK", 6, "YES_NO", "true", 1L, 1, taskBook.getIdentifier()));
    }

    @Test
    void aNewTaskBookVersionReplacesEveryTarget() {
        js.taskBook(1, "T1-CORE-MODULES", "10", "T3-INDUSTRY-MENTORS", "30");
        DomainEventMessage<?> second = js.taskBook(2, "T1-CORE-MODULES", "12");
        readModels.project(js.after(js.events().get(1)));

        assertThat(reports().targets()).containsExactly(new PlatformReports.Target("T1-CORE-MODULES", 1,
                cn.jsedu.ledger.kernel.indicator.IndicatorUnit.COUNT, "12", 12L, second.getIdentifier()));
    }

    @Test
    void aResubmittedReportSupersedesTheEarlierVersionWhichStaysOnRecord() {
        DomainEventMessage<?> first = js.report("2020H1", 1, "2020-07-20", USAGE,
                List.of(equipment("五轴加工中心", "1200000.00", FundingSource.PROVINCIAL_FINANCE, "2020-06-01")),
                "T1-CORE-MODULES", "4");
        DomainEventMessage<?> second = js.report("2020H1", 2, "2020-08-05", new PlatformUsage(300, 110, 1300, 5200),
                List.of(equipment("五轴加工中心", "1200000.00", FundingSource.PROVINCIAL_FINANCE, "2020-06-01"),
                        equipment("数控车床", "450000.00", FundingSource.ENTERPRISE, "2020-06-20")),
                "T1-CORE-MODULES", "5");
        readModels.project(first, second);

        assertThat(readModels.rows("""
                SELECT report_version, submitted_on, superseded, workstations_total, workstations_offered,
                  training_person_times, student_practice_hours, event_id
                FROM read_model.report WHERE platform_id = 'JS-001' ORDER BY report_version""")).containsExactly(
                tuple(1, LocalDate.of(2020, 7, 20), true, 300, 100, 1200L, 5000L, first.getIdentifier()),
                tuple(2, LocalDate.of(2020, 8, 5), false, 300, 110, 1300L, 5200L, second.getIdentifier()));
        assertThat(reports().latestActuals(LocalDate.of(2020, 12, 31)).get("T1-CORE-MODULES").value()).isEqualTo("5");
        assertThat(reports().latestActuals(LocalDate.of(2020, 7, 31)).get("T1-CORE-MODULES").value())
                .as("as of a date before the resubmission").isEqualTo("4");
        assertThat(readModels.bean(EquipmentRepository.class).items("JS-001"))
                .extracting(EquipmentRegister.Item::item, EquipmentRegister.Item::value, EquipmentRegister.Item::source,
                        EquipmentRegister.Item::eventId)
                .containsExactly(
                        tuple("五轴加工中心", "1200000.00", FundingSource.PROVINCIAL_FINANCE, second.getIdentifier()),
                        tuple("数控车床", "450000.00", FundingSource.ENTERPRISE, second.getIdentifier()));
    }

    @Test
    void reportsAreOnTimeLateOverdueOrNotYetDueAndTheFirstSubmissionDecides() {
        js.report("2020H1", "2020-07-31");
        DomainEventMessage<?> resubmitted = js.report("2020H1", 2, "2020-09-01", USAGE, List.of());
        DomainEventMessage<?> late = js.report("2020H2", "2021-02-01");
        readModels.project(js.after(js.events().get(1)));

        List<PeriodStatus> statuses = ReportingStatus.of(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 3, 1), reports(),
                LocalDate.of(2021, 8, 1), P);
        assertThat(statuses).extracting(PeriodStatus::period, PeriodStatus::due, PeriodStatus::status,
                PeriodStatus::latestVersion, PeriodStatus::eventId).startsWith(
                tuple("2020H1", LocalDate.of(2020, 7, 31), "SUBMITTED_ON_TIME", 2, resubmitted.getIdentifier()),
                tuple("2020H2", LocalDate.of(2021, 1, 31), "LATE", 1, late.getIdentifier()),
                tuple("2021H1", LocalDate.of(2021, 7, 31), "OVERDUE", null, null),
                tuple("2021H2", LocalDate.of(2022, 1, 31), "NOT_YET_DUE", null, null));
    }

    @Test
    void theEquipmentRegisterIsSetAgainstEquipmentSpendingAndEquipmentInKindCorrectionsIncluded() {
        js.agreementSigned("A-1", "2020-03-15");
        js.installment("I-1", FundingSource.PROVINCIAL_FINANCE, "5000000.00", "2020-04-01");
        js.expenditure("X-1", ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.PROVINCIAL_FINANCE, "1300000.00", "2020-06-01");
        js.correction("ADJ-1", "X-1", "1200000.00", "发票金额更正");
        js.expenditure("X-2", ExpenditureCategory.TEACHER_DEVELOPMENT, FundingSource.PROVINCIAL_FINANCE, "80000.00", "2020-06-05");
        js.contribution("C-1", E1, ContributionForm.EQUIPMENT, "2000000.00", "2020-05-01");
        js.report("2020H1", 1, "2020-07-20", USAGE, List.of(
                equipment("五轴加工中心", "1200000.00", FundingSource.PROVINCIAL_FINANCE, "2020-06-01"),
                equipment("数控车床", "1500000.00", FundingSource.ENTERPRISE, "2020-05-01")));
        readModels.project(js.after(js.events().get(1)));

        EquipmentRegister register = EquipmentRegister.of("JS-001", readModels.bean(EquipmentRepository.class).items("JS-001"),
                readModels.bean(LedgerLineRepository.class).linesOf("JS-001"));
        assertThat(register.bySource()).containsExactlyInAnyOrder(
                new EquipmentRegister.SourceTotals(FundingSource.PROVINCIAL_FINANCE, "1200000.00", "0.00", "1200000.00",
                        "0.00", "0.00"),
                new EquipmentRegister.SourceTotals(FundingSource.ENTERPRISE, "1500000.00", "0.00", "0.00",
                        "2000000.00", "-500000.00"));
    }
}
