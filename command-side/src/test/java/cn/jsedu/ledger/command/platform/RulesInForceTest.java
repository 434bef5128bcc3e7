package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.event.PlanRevisionProposedEvent;
import cn.jsedu.ledger.kernel.event.PlatformApprovedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.ProposedPlanRevision;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.command.platform.PlatformFixture.refusedWith;
import static cn.jsedu.ledger.command.platform.TestPlatforms.*;

/**
 * A platform's commands are judged by its programme's parameters in force on the day they are recorded (ADR 0019): a
 * rule changed from a date judges what is recorded from that date on, and never what was judged before it.
 */
class RulesInForceTest {

    /** The rule changes take effect on this day. */
    private static final LocalDate CHANGED = LocalDate.of(2023, 7, 1);
    private static final Instant RECORDED = Instant.parse("2023-05-10T02:00:00Z");
    /** 30,000,000.00 with 7,500,000.00 (a quarter) from the enterprise. */
    private static final List<PlanLine> QUARTER_FROM_ENTERPRISE = plan("12500000.00", "7500000.00", "10000000.00");

    /** An expenditure's own date, inside the construction period; the rules are those of the day it is recorded. */
    private static final LocalDate SPENT_ON = LocalDate.of(2022, 5, 1);

    private static ParameterTimeline changedFromJuly(ParameterChanges changes) {
        return ParameterTimeline.of(ProgrammeParameters.defaults())
                .with(new ParameterTimeline.Change(CHANGED, RECORDED, changes));
    }

    private static ParameterTimeline quarterFromJuly() {
        return changedFromJuly(new ParameterChanges(null, new Share(1, 4), null, null, null, null, null, null, null,
                null, null, null, null, null));
    }

    private static ApprovePlatformCommand approve() {
        return new ApprovePlatformCommand(PLATFORM, 2, START, "苏教职〔2023〕1号", null);
    }

    @Test
    void aLowerEnterpriseShareJudgesApprovalsFromItsEffectiveDateOn() {
        PlatformFixture.create(quarterFromJuly(), CHANGED.minusDays(1))
                .given(declared(QUARTER_FROM_ENTERPRISE))
                .when(approve())
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET)).expectNoEvents();
        PlatformFixture.create(quarterFromJuly(), CHANGED)
                .given(declared(QUARTER_FROM_ENTERPRISE))
                .when(approve())
                .expectEvents(new PlatformApprovedEvent(ID, 2, START, END, QUARTER_FROM_ENTERPRISE, "苏教职〔2023〕1号"));
    }

    @Test
    void aHigherShareNeverUndoesAnApprovalJudgedBeforeIt() {
        // approved under 1/3; from July 2/5 is required: the platform stays approved and keeps recording money
        ParameterTimeline twoFifths = changedFromJuly(new ParameterChanges(null, new Share(2, 5), null, null, null,
                null, null, null, null, null, null, null, null, null));
        PlatformFixture.create(twoFifths, CHANGED.plusDays(10))
                .given(declared(), approved())
                .when(recordInstallment("I-1", FundingSource.COLLEGE, "1000000.00", LocalDate.of(2022, 6, 1)))
                .expectSuccessfulHandlerExecution();
        // but a plan revision approved from then on must meet the rule in force: 2/5
        PlatformFixture.create(twoFifths, CHANGED)
                .given(declared(), approved(), new PlanRevisionProposedEvent(ID, "PR-1", "admin1",
                        new ProposedPlanRevision(minimumPlan(), "r", "d", null)))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.ENTERPRISE_SHARE_NOT_MET)).expectNoEvents();
    }

    @Test
    void aRaisedMinimumJudgesAProposalWhenItIsApproved() {
        ParameterTimeline forty = changedFromJuly(new ParameterChanges(Money.parse("40000000.00"), null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        PlatformFixture.create(forty, CHANGED.minusDays(1))
                .given(declared(), approved())
                .when(new ReviseFundingPlanCommand(PLATFORM, "PR-1", "admin1", minimumPlan(), "r", "d"))
                .expectSuccessfulHandlerExecution();
        PlatformFixture.create(forty, CHANGED)
                .given(declared(), approved(), new PlanRevisionProposedEvent(ID, "PR-1", "admin1",
                        new ProposedPlanRevision(minimumPlan(), "r", "d", null)))
                .when(new ApproveProposalCommand(PLATFORM, "PR-1", "admin2"))
                .expectException(refusedWith(ErrorCode.PLAN_BELOW_MINIMUM_TOTAL)).expectNoEvents();
    }

    @Test
    void dateWindowsTakeTheirLengthsFromTheRulesInForce() {
        // money may arrive 12 months before the construction start until July, 6 months from then on
        ParameterTimeline sixMonths = changedFromJuly(new ParameterChanges(null, null, null, null, null, null, null,
                null, null, null, null, null, 6, null));
        LocalDate tenMonthsEarly = START.minusMonths(10);
        PlatformFixture.create(sixMonths, CHANGED.minusDays(1))
                .given(declared(), approved())
                .when(recordInstallment("I-1", FundingSource.COLLEGE, "1000000.00", tenMonthsEarly))
                .expectSuccessfulHandlerExecution();
        PlatformFixture.create(sixMonths, CHANGED)
                .given(declared(), approved())
                .when(recordInstallment("I-1", FundingSource.COLLEGE, "1000000.00", tenMonthsEarly))
                .expectException(refusedWith(ErrorCode.DATE_OUTSIDE_WINDOW, "effectiveDate")).expectNoEvents();
    }

    /**
     * The budget tolerance is a rule like the others (issue 15 part 4): raised from 10 % to 20 % from July, an
     * expenditure (of a day in construction) taking equipment to 1,200,000.00 against a budget of 1,000,000.00 is
     * refused when recorded the day before and accepted when recorded from that day; one fen more is still refused.
     */
    @Test
    void aRaisedBudgetToleranceJudgesExpendituresFromItsEffectiveDateOn() {
        ParameterTimeline twenty = changedFromJuly(new ParameterChanges(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 20, null));
        List<BudgetLine> budget = List.of(new BudgetLine(ExpenditureCategory.EQUIPMENT_PURCHASE, 2022, Money.parse("1000000.00")));
        Object[] given = {declared(), approved(), installment("I1", FundingSource.COLLEGE, "2000000.00", SPENT_ON.minusDays(30)),
                new BudgetSetEvent(ID, 1, budget, null, "苏教职〔2023〕任务书1号")};
        RecordExpenditureCommand upTo20 = new RecordExpenditureCommand(PLATFORM, EntryId.of("X1"),
                ExpenditureCategory.EQUIPMENT_PURCHASE, FundingSource.COLLEGE, null, Money.parse("1200000.00"),
                SPENT_ON, "V-X1");
        PlatformFixture.create(twenty, CHANGED.minusDays(1)).given(given).when(upTo20)
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED)).expectNoEvents();
        PlatformFixture.create(twenty, CHANGED).given(given).when(upTo20).expectSuccessfulHandlerExecution();
        PlatformFixture.create(twenty, CHANGED).given(given)
                .when(new RecordExpenditureCommand(PLATFORM, EntryId.of("X1"), ExpenditureCategory.EQUIPMENT_PURCHASE,
                        FundingSource.COLLEGE, null, Money.parse("1200000.01"), SPENT_ON, "V-X1"))
                .expectException(refusedWith(ErrorCode.BUDGET_EXCEEDED)).expectNoEvents();
    }

    @Test
    void aPlatformIsDeclaredInAProgrammeThatExists() {
        PlatformFixture.create().givenNoPriorActivity()
                .when(new DeclarePlatformCommand(PLATFORM, ProgrammeId.of("NO-SUCH"), COLLEGE_A, "g", "i", "t",
                        enterprises(), minimumPlan()))
                .expectException(refusedWith(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId")).expectNoEvents();
    }
}
