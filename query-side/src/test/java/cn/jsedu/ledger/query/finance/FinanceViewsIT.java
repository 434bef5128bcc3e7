package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationCancelledEvent;
import cn.jsedu.ledger.kernel.event.ProvincialAllocationRecordedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialArrivalConfirmedEvent;
import cn.jsedu.ledger.kernel.event.ProvincialPaymentRecordedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.support.PlatformStory;
import cn.jsedu.ledger.query.support.ReadModelHarness;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.jsedu.ledger.kernel.fund.ExpenditureCategory.EQUIPMENT_PURCHASE;
import static cn.jsedu.ledger.kernel.fund.ExpenditureCategory.TRAINING_OPERATION;
import static cn.jsedu.ledger.kernel.fund.FundingSource.COLLEGE;
import static cn.jsedu.ledger.kernel.fund.FundingSource.PROVINCIAL_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The budget and chain projections on a real (embedded, Flyway-migrated) read model, and the finance views folded
 * from them: budget against actual with corrections, period figures carried over, the provincial chain with a direct
 * (pre-chain) installment, a reward not paid, and every figure as known at an earlier time.
 */
class FinanceViewsIT {

    @RegisterExtension
    static final ReadModelHarness readModels = new ReadModelHarness();

    private final PlatformStory fn = PlatformStory.of("FN-1");
    private DomainEventMessage<?> budgetSet;
    private DomainEventMessage<?> correction;
    private DomainEventMessage<?> arrival;
    private DomainEventMessage<?> reward;

    @BeforeEach
    void story() {
        fn.declared();
        fn.approved("2020-03-01");
        budgetSet = fn.record(new BudgetSetEvent("FN-1", 1, List.of(
                new BudgetLine(EQUIPMENT_PURCHASE, 2020, Money.parse("1000000.00")),
                new BudgetLine(TRAINING_OPERATION, 2021, Money.parse("100000.00"))), null, "任务书-1"));
        fn.installment("I-DIRECT", PROVINCIAL_FINANCE, "1000000.00", "2020-03-20");
        fn.installment("I-C", COLLEGE, "2000000.00", "2020-04-01");
        fn.record(new ProvincialAllocationRecordedEvent("FN-1", "AL-1", Money.parse("3000000.00"),
                LocalDate.of(2020, 4, 1), "苏财教〔2020〕1号", null));
        fn.record(new ProvincialPaymentRecordedEvent("FN-1", "PAY-1", "AL-1", Money.parse("2000000.00"),
                LocalDate.of(2020, 4, 10), "拨款-1"));
        arrival = fn.record(new ProvincialArrivalConfirmedEvent("FN-1", "ARR-1", "PAY-1", "AL-1",
                Money.parse("2000000.00"), LocalDate.of(2020, 4, 15), "到账-1"));
        fn.expenditure("X-EQ", EQUIPMENT_PURCHASE, COLLEGE, "600000.00", "2020-05-01");
        fn.expenditure("X-TR", TRAINING_OPERATION, COLLEGE, "120000.00", "2021-02-01");
        correction = fn.correction("C-1", "X-EQ", "650000.00", "发票金额录入错误");
        reward = fn.decision("D-R", DecisionType.REWARD, "500000.00", "2021-06-01");
        fn.record(new ProvincialAllocationRecordedEvent("FN-1", "D-R", Money.parse("500000.00"),
                LocalDate.of(2021, 6, 1), "苏教职〔2022〕D-R", "D-R"));
        readModels.project(fn.events());
    }

    private FinanceQueries queries() {
        return readModels.bean(FinanceQueries.class);
    }

    private PlatformRow row() {
        return readModels.bean(PlatformQueries.class).find("FN-1").orElseThrow();
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }

    private static Instant justBefore(DomainEventMessage<?> event) {
        return event.getTimestamp().minusSeconds(1);
    }

    @Test
    void theProjectionsKeepEveryBudgetLineAndChainStep() {
        assertThat(readModels.rows("SELECT budget_version, category, year, amount FROM read_model.budget_line"
                + " WHERE platform_id = 'FN-1' ORDER BY category"))
                .containsExactly(tuple(1, "EQUIPMENT_PURCHASE", 2020, new BigDecimal("1000000.00")),
                        tuple(1, "TRAINING_OPERATION", 2021, new BigDecimal("100000.00")));
        assertThat(readModels.rows("SELECT step, step_id, allocation_id, payment_id, decision_id, amount, step_date"
                + " FROM read_model.provincial_chain_step WHERE platform_id = 'FN-1' ORDER BY sequence_number"))
                .containsExactly(
                        tuple("ALLOCATION", "AL-1", "AL-1", null, null, new BigDecimal("3000000.00"), LocalDate.of(2020, 4, 1)),
                        tuple("PAYMENT", "PAY-1", "AL-1", "PAY-1", null, new BigDecimal("2000000.00"), LocalDate.of(2020, 4, 10)),
                        tuple("ARRIVAL", "ARR-1", "AL-1", "PAY-1", null, new BigDecimal("2000000.00"), LocalDate.of(2020, 4, 15)),
                        tuple("ALLOCATION", "D-R", "D-R", null, "D-R", new BigDecimal("500000.00"), LocalDate.of(2021, 6, 1)));
        // the arrival is also the provincial installment of the payment, in the ledger like any installment
        assertThat(readModels.rows("SELECT kind, source, amount, voucher_ref FROM read_model.ledger_entry"
                + " WHERE entry_id = 'ARR-1'")).containsExactly(tuple("INSTALLMENT", "PROVINCIAL_FINANCE",
                new BigDecimal("2000000.00"), "到账-1"));
        assertThat(row().provincialReceivedCash()).isEqualTo(yuan("3000000.00"));
    }

    @Test
    void budgetAgainstActualWithCorrectionsAndRatesInExactDecimals() {
        BudgetExecutionView v = queries().budgetExecution(row(), null, null);
        assertThat(v.budgetVersion()).isEqualTo(1);
        assertThat(v.lines()).extracting(BudgetExecutionView.Line::category, BudgetExecutionView.Line::year,
                        BudgetExecutionView.Line::budget, BudgetExecutionView.Line::spent,
                        BudgetExecutionView.Line::spentOfBudget, BudgetExecutionView.Line::overBudget,
                        BudgetExecutionView.Line::beyondTolerance)
                .containsExactly(
                        tuple(EQUIPMENT_PURCHASE, 2020, yuan("1000000.00"), yuan("650000.00"), new BigDecimal("65.00"), false, false),
                        tuple(TRAINING_OPERATION, 2021, yuan("100000.00"), yuan("120000.00"), new BigDecimal("120.00"), true, true));
        assertThat(v.lines().get(1).ceiling()).isEqualTo(yuan("110000.00"));
        assertThat(v.total()).isEqualTo(new BudgetExecutionView.Total(yuan("1100000.00"), yuan("5000000.00"),
                yuan("770000.00"), new BigDecimal("70.00"), new BigDecimal("15.40"), 1));
        assertThat(v.years()).extracting(BudgetExecutionView.Year::year, BudgetExecutionView.Year::receivedCash,
                        BudgetExecutionView.Year::spent)
                .containsExactly(tuple(2020, yuan("5000000.00"), yuan("650000.00")),
                        tuple(2021, Money.ZERO, yuan("120000.00")));

        // as known before the correction, and before the budget was declared
        assertThat(queries().budgetExecution(row(), null, justBefore(correction)).lines().get(0).spent())
                .isEqualTo(yuan("600000.00"));
        BudgetExecutionView before = queries().budgetExecution(row(), null, justBefore(budgetSet));
        assertThat(before.budgetVersion()).isNull();
        assertThat(before.lines()).isEmpty();
        // as of a date: only what was spent by then
        assertThat(queries().budgetExecution(row(), LocalDate.of(2020, 12, 31), null).total().spent())
                .isEqualTo(yuan("650000.00"));
    }

    @Test
    void periodFiguresCarryTheClosingBalanceOver() {
        PeriodFiguresView h1 = queries().periodFigures(row(), PeriodFigures.Period.parse("2020H1"), null);
        assertThat(figures(h1, COLLEGE)).isEqualTo(new PeriodFiguresView.Figures(Money.ZERO, yuan("2000000.00"),
                Money.ZERO, yuan("650000.00"), Money.ZERO, yuan("1350000.00")));
        assertThat(figures(h1, PROVINCIAL_FINANCE).receivedCash()).isEqualTo(yuan("3000000.00"));
        PeriodFiguresView h2 = queries().periodFigures(row(), PeriodFigures.Period.parse("2020H2"), null);
        assertThat(figures(h2, COLLEGE).opening()).isEqualTo(figures(h1, COLLEGE).closing());
        PeriodFiguresView year = queries().periodFigures(row(), PeriodFigures.Period.parse("2021"), null);
        assertThat(figures(year, COLLEGE)).isEqualTo(new PeriodFiguresView.Figures(yuan("1350000.00"), Money.ZERO,
                Money.ZERO, yuan("120000.00"), Money.ZERO, yuan("1230000.00")));
        assertThat(year.total().closing()).isEqualTo(yuan("4230000.00"));
        // as known before the correction, the first half-year spent 600,000.00
        assertThat(figures(queries().periodFigures(row(), PeriodFigures.Period.parse("2020H1"),
                justBefore(correction)), COLLEGE).closing()).isEqualTo(yuan("1400000.00"));
    }

    private static PeriodFiguresView.Figures figures(PeriodFiguresView v, FundingSource source) {
        return v.bySource().stream().filter(s -> s.source() == source).findFirst().orElseThrow().figures();
    }

    @Test
    void theChainShowsWhatIsOutstandingAtEachStepAndARewardNotPaid() {
        ProvincialChainView v = queries().provincialChain(row(), null, null);
        // planned 10,000,000.00 + reward 500,000.00; the direct installment counts at every step
        assertThat(v.totals()).isEqualTo(new ProvincialChainView.Totals(yuan("10500000.00"), yuan("4500000.00"),
                Money.ZERO, yuan("3000000.00"), yuan("3000000.00"), yuan("1000000.00"), yuan("6000000.00"),
                yuan("1500000.00"), Money.ZERO, Money.ZERO, Money.ZERO));
        assertThat(v.findings()).extracting(ProvincialChainView.Finding::code, ProvincialChainView.Finding::decisionId,
                ProvincialChainView.Finding::unpaid).containsExactly(tuple("REWARD_NOT_PAID", "D-R", yuan("500000.00")));

        // as of 2020-04-12 the payment was on its way
        ProvincialChainView inTransit = queries().provincialChain(row(), LocalDate.of(2020, 4, 12), null);
        assertThat(inTransit.totals().paid()).isEqualTo(yuan("3000000.00"));
        assertThat(inTransit.totals().arrived()).isEqualTo(yuan("1000000.00"));
        assertThat(inTransit.totals().inTransit()).isEqualTo(yuan("2000000.00"));
        // as known before the arrival was confirmed, and before the reward
        assertThat(queries().provincialChain(row(), null, justBefore(arrival)).totals().inTransit())
                .isEqualTo(yuan("2000000.00"));
        ProvincialChainView beforeReward = queries().provincialChain(row(), null, justBefore(reward));
        assertThat(beforeReward.findings()).isEmpty();
        assertThat(beforeReward.totals().plannedProvincial()).isEqualTo(yuan("10000000.00"));
    }

    @Test
    void aCancellationTakesTheUnpaidAllocationOutAndAPaidRewardIsNoFinding() {
        readModels.project(fn.record(new ProvincialPaymentRecordedEvent("FN-1", "PAY-R", "D-R",
                        Money.parse("500000.00"), LocalDate.of(2021, 6, 10), "拨款-R")),
                fn.record(new ProvincialAllocationCancelledEvent("FN-1", "AL-1", Money.parse("1000000.00"), "D-X",
                        LocalDate.of(2021, 7, 1))));
        ProvincialChainView v = queries().provincialChain(row(), null, null);
        assertThat(v.findings()).isEmpty();
        assertThat(v.totals().unpaid()).isEqualTo(Money.ZERO);
        assertThat(v.totals().cancelled()).isEqualTo(yuan("1000000.00"));
        assertThat(v.allocations()).extracting(ProvincialChainView.Allocation::allocationId,
                        ProvincialChainView.Allocation::cancelled, ProvincialChainView.Allocation::unpaid,
                        ProvincialChainView.Allocation::inTransit)
                .containsExactly(tuple("AL-1", yuan("1000000.00"), Money.ZERO, Money.ZERO),
                        tuple("D-R", Money.ZERO, Money.ZERO, yuan("500000.00")));
    }

    @Test
    void theExportsCarryTheFiguresOfTheViewsAndReadBack() throws Exception {
        FinanceExports exports = readModels.bean(FinanceExports.class);
        List<CSVRecord> budget = readBack(exports.budgetExecution(row(), null, null));
        assertThat(budget.get(0).toMap()).containsEntry("level", "CATEGORY").containsEntry("category", "EQUIPMENT_PURCHASE")
                .containsEntry("year", "2020").containsEntry("budget", "1000000.00").containsEntry("spent", "650000.00")
                .containsEntry("spentOfBudget", "65.00").containsEntry("beyondTolerance", "false");
        assertThat(budget.get(budget.size() - 1).toMap()).containsEntry("level", "TOTAL")
                .containsEntry("receivedCash", "5000000.00").containsEntry("spentOfReceived", "15.40");
        List<CSVRecord> chain = readBack(exports.provincialChain(row(), null, null));
        assertThat(chain).extracting(r -> r.get("level"), r -> r.get("allocationId"), r -> r.get("unpaid"),
                        r -> r.get("rewardNotPaid"))
                .containsExactly(tuple("ALLOCATION", "AL-1", "1000000.00", "false"),
                        tuple("ALLOCATION", "D-R", "500000.00", "true"), tuple("DIRECT", "", "0.00", "false"),
                        tuple("TOTAL", "", "1500000.00", "true"));
    }

    private static List<CSVRecord> readBack(cn.jsedu.ledger.query.export.ExportTable table) throws Exception {
        return cn.jsedu.ledger.query.export.CsvReadBack.read(cn.jsedu.ledger.query.export.CsvExport.write(table)).rows();
    }

    @Test
    void programmeViewsSumThePlatformsByBatch() {
        PlatformStory other = PlatformStory.of("FN-2");
        other.at("2024-01-01T00:00:00Z").declared();
        other.approved("2020-03-01");
        other.installment("I-1", PROVINCIAL_FINANCE, "250000.00", "2020-04-01");
        readModels.project(other.events());

        ProgrammeFinance.Chains chains = queries().programmeChains(null, null, null);
        assertThat(chains.total().platforms()).isEqualTo(2);
        assertThat(chains.total().arrived()).isEqualTo(yuan("3250000.00"));
        assertThat(chains.total().rewardsNotPaid()).isEqualTo(1);
        assertThat(chains.findings()).extracting(ProgrammeFinance.PlatformFinding::platformId).containsExactly("FN-1");
        assertThat(chains.byBatch()).hasSize(1);
        ProgrammeFinance.Budgets budgets = queries().programmeBudgets(row().batch(), null, null);
        assertThat(budgets.total().spent()).isEqualTo(yuan("770000.00"));
        assertThat(budgets.total().linesBeyondTolerance()).isEqualTo(1);
        assertThat(queries().programmeBudgets(row().batch() + 1, null, null).total().platforms()).isZero();
        ProgrammeFinance.Periods periods = queries().programmePeriods(null, PeriodFigures.Period.parse("2020"), null);
        assertThat(periods.total().figures().receivedCash()).isEqualTo(yuan("5250000.00"));
        // known before FN-2 was declared: one platform
        assertThat(queries().programmeChains(null, null, other.events().get(0).getTimestamp().minusSeconds(1))
                .total().platforms()).isEqualTo(1);
    }
}
