package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.FundingPlanRevisedEvent;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.ProposalApprovedEvent;
import cn.jsedu.ledger.kernel.event.TaskBookSetEvent;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.indicator.IndicatorCatalogue;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.role.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;
import static cn.jsedu.ledger.kernel.fund.ExpenditureCategory.EQUIPMENT_PURCHASE;
import static cn.jsedu.ledger.kernel.fund.ExpenditureCategory.TRAINING_OPERATION;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;

/**
 * Budgets (docs/domain.md §9): declared once with the task book, revised only by a four-eyes plan revision, and
 * spending per category and year within the budget and the programme's tolerance (10 % by default), to the fen.
 */
class BudgetTest {

    private static final LocalDate MAY_2020 = LocalDate.of(2020, 5, 1);
    private static final String TASK_BOOK_REF = "苏教职〔2020〕任务书1号";
    /** Equipment 1,000,000.00 in 2020 (at most 1,100,000.00 with the tolerance), training 50,000.00 in 2021. */
    private static final List<BudgetLine> BUDGET = List.of(
            new BudgetLine(EQUIPMENT_PURCHASE, 2020, yuan("1000000.00")),
            new BudgetLine(TRAINING_OPERATION, 2021, yuan("50000.00")));

    private AggregateTestFixture<Platform> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlatformFixture.create();
    }

    private static SetTaskBookCommand taskBookWith(List<BudgetLine> budget) {
        return new SetTaskBookCommand(PLATFORM, ReportingTest.fullTargets(), null, TASK_BOOK_REF, budget);
    }

    private static BudgetSetEvent budgetSet() {
        return new BudgetSetEvent(ID, 1, BUDGET, null, TASK_BOOK_REF);
    }

    private static RecordExpenditureCommand spend(String entryId, ExpenditureCategory category, String amount,
                                                  LocalDate on) {
        return new RecordExpenditureCommand(PLATFORM, EntryId.of(entryId), category, COLLEGE, null, yuan(amount), on,
                "V-" + entryId);
    }

    private static ExpenditureRecordedEvent spent(String entryId, ExpenditureCategory category, String amount,
                                                  LocalDate on) {
        return new ExpenditureRecordedEvent(ID, entryId, category, COLLEGE, null, yuan(amount), on, "V-" + entryId);
    }

    @Test
    void declaresTheBudgetWithTheTaskBook() {
        fixture.given(declared(), approved()).when(taskBookWith(BUDGET))
                .expectEvents(new TaskBookSetEvent(ID, 1, IndicatorCatalogue.VERSION, ReportingTest.fullTargets(), null,
                        TASK_BOOK_REF), budgetSet());
    }

    @Test
    void refusesASecondDeclarationOfTheBudget() {
        fixture.given(declared(), approved(), budgetSet()).when(taskBookWith(BUDGET))
                .expectException(refusedWith(ErrorCode.BUDGET_ALREADY_DECLARED, "budget")).expectNoEvents();
    }

    @Test
    void refusesAMalformedBudget() {
        fixture.given(declared(), approved()).when(taskBookWith(List.of()))
                .expectException(refusedWith(ErrorCode.INVALID_BUDGET, "budget"));
        fixture.given(declared(), approved())
                .when(taskBookWith(List.of(BUDGET.get(0), new BudgetLine(EQUIPMENT_PURCHASE, 2020, yuan("1.00")))))
                .expectException(refusedWith(ErrorCode.INVALID_BUDGET, "budget[1]"));
        // the entry window of a platform built 2020-03-01 to 2023-03-01 starts 2019-03-01: budget years 2019 to 2023
        fixture.given(declared(), approved())
                .when(taskBookWith(List.of(new BudgetLine(EQUIPMENT_PURCHASE, 2018, yuan("1.00")))))
                .expectException(refusedWith(ErrorCode.INVALID_BUDGET, "budget[0].year"));
        fixture.given(declared(), approved())
                .when(taskBookWith(List.of(new BudgetLine(EQUIPMENT_PURCHASE, 2024, yuan("1.00")))))
                .expectException(refusedWith(ErrorCode.INVALID_BUDGET, "budget[0].year"));
        fixture.given(declared(), approved())
                .when(taskBookWith(List.of(new BudgetLine(EQUIPMENT_PURCHASE, 2020, yuan("0")))))
                .expectException(refusedWith(ErrorCode.AMOUNT_OUT_OF_RANGE, "budget[0].amount"));
    }

    @Test
    void aPlanRevisionApprovedByASecondAdministratorRevisesTheBudget() {
        List<BudgetLine> revised = List.of(new BudgetLine(EQUIPMENT_PURCHASE, 2020, yuan("1200000.00")));
        PlanRevisionProposedEvent proposed = new PlanRevisionProposedEvent(ID, "PR-B", "admin1",
                new ProposedPlanRevision(minimumPlan(), "设备涨价", "苏教职〔2021〕2号", revised));
        fixture.given(declared(), approved(), budgetSet())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-B", "admin1", minimumPlan(), "设备涨价", "苏教职〔2021〕2号",
                        revised))
                .expectEvents(proposed);
        fixture.given(declared(), approved(), budgetSet(), proposed)
                .when(new ApproveProposalCommand(PLATFORM, "PR-B", "admin1"))
                .expectException(refusedWith(ErrorCode.FOUR_EYES_REQUIRED)).expectNoEvents();
        fixture.given(declared(), approved(), budgetSet(), proposed)
                .when(new ApproveProposalCommand(PLATFORM, "PR-B", "admin2"))
                .expectEvents(new FundingPlanRevisedEvent(ID, 1, minimumPlan(), "设备涨价", "苏教职〔2021〕2号"),
                        new BudgetSetEvent(ID, 2, revised, "设备涨价", "苏教职〔2021〕2号"),
                        new ProposalApprovedEvent(ID, "PR-B", ProposalKind.FUNDING_PLAN_REVISION, "admin1", "admin2"));
        // after the revision, 1,320,000.00 may be spent on equipment in 2020
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet(),
                        new FundingPlanRevisedEvent(ID, 1, minimumPlan(), "设备涨价", "苏教职〔2021〕2号"),
                        new BudgetSetEvent(ID, 2, revised, "设备涨价", "苏教职〔2021〕2号"))
                .when(spend("X1", EQUIPMENT_PURCHASE, "1320000.00", MAY_2020)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aRevisionWithAMalformedBudgetIsRefused() {
        fixture.given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-B", "admin1", minimumPlan(), "r", "d", List.of()))
                .expectException(refusedWith(ErrorCode.INVALID_BUDGET, "budget"));
    }

    @Test
    void spendingUpToTheToleranceIsAcceptedAndOneFenMoreIsRefused() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet(),
                        spent("X1", EQUIPMENT_PURCHASE, "600000.00", MAY_2020))
                .when(spend("X2", EQUIPMENT_PURCHASE, "500000.00", MAY_2020))
                .expectEvents(spent("X2", EQUIPMENT_PURCHASE, "500000.00", MAY_2020));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet(),
                        spent("X1", EQUIPMENT_PURCHASE, "600000.00", MAY_2020))
                .when(spend("X2", EQUIPMENT_PURCHASE, "500000.01", MAY_2020))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED, "amount")).expectNoEvents();
    }

    @Test
    void aCategoryOrYearWithoutABudgetLineHasABudgetOfZero() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet())
                .when(spend("X1", TRAINING_OPERATION, "0.01", MAY_2020))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED, "amount"));
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet())
                .when(spend("X1", TRAINING_OPERATION, "55000.00", LocalDate.of(2021, 2, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void spendingBeforeTheBudgetWasDeclaredCounts() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020),
                        spent("X1", EQUIPMENT_PURCHASE, "1100000.00", MAY_2020), budgetSet())
                .when(spend("X2", EQUIPMENT_PURCHASE, "0.01", MAY_2020))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED, "amount"));
    }

    @Test
    void aCorrectionRaisingAnExpenditureBeyondTheToleranceIsRefused() {
        Object[] given = {declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet(),
                spent("X1", EQUIPMENT_PURCHASE, "1000000.00", MAY_2020)};
        fixture.given(given).when(correct(Role.COLLEGE_OFFICER, "C1", "X1", "1100000.01"))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED, "correctedAmount"));
        fixture.given(given).when(correct(Role.COLLEGE_OFFICER, "C1", "X1", "1100000.00"))
                .expectSuccessfulHandlerExecution();
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020),
                        spent("X1", EQUIPMENT_PURCHASE, "1500000.00", MAY_2020), budgetSet())
                .when(correct(Role.COLLEGE_OFFICER, "C1", "X1", "1400000.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void withAToleranceThatFlagsTheOverrunIsRecorded() {
        Properties properties = ProgrammeParameters.defaultProperties();
        properties.setProperty(ProgrammeParameters.PREFIX + "budget-overrun", "FLAG");
        AggregateTestFixture<Platform> flagging = PlatformFixture.create(
                ParameterTimeline.of(ProgrammeParameters.from(properties::getProperty)), TODAY);
        flagging.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020), budgetSet())
                .when(spend("X1", EQUIPMENT_PURCHASE, "1100000.01", MAY_2020))
                .expectEvents(spent("X1", EQUIPMENT_PURCHASE, "1100000.01", MAY_2020));
    }

    @Test
    void withoutABudgetNothingIsCheckedAgainstOne() {
        fixture.given(declared(), approved(), installment("I1", COLLEGE, "2000000.00", MAY_2020))
                .when(spend("X1", TRAINING_OPERATION, "2000000.00", MAY_2020)).expectSuccessfulHandlerExecution();
    }
}
