package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.query.export.ExportTable;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.jsedu.ledger.query.export.ExportTable.date;
import static cn.jsedu.ledger.query.export.ExportTable.flag;
import static cn.jsedu.ledger.query.export.ExportTable.money;
import static cn.jsedu.ledger.query.export.ExportTable.number;
import static cn.jsedu.ledger.query.export.ExportTable.percent;
import static cn.jsedu.ledger.query.export.ExportTable.text;

/**
 * The finance views as export tables: the same figures as the JSON ({@link FinanceQueries}), column keys as its field
 * names, Chinese labels for the spreadsheet.
 */
@Service
public class FinanceExports {

    private final FinanceQueries finance;

    public FinanceExports(FinanceQueries finance) {
        this.finance = finance;
    }

    /** One row per category and year, then one per year ({@code level} YEAR) and the total ({@code level} TOTAL). */
    public ExportTable budgetExecution(PlatformRow platform, LocalDate asOf, Instant knownAt) {
        BudgetExecutionView v = finance.budgetExecution(platform, asOf, knownAt);
        List<ExportTable.Column> columns = List.of(text("level", "层级"), text("category", "支出类别"),
                number("year", "年度"), money("budget", "预算"), money("ceiling", "预算上限（含容差）"),
                money("receivedCash", "到位（现金）"), money("spent", "支出"), percent("spentOfBudget", "预算执行率（%）"),
                percent("spentOfReceived", "资金执行率（%）"), flag("beyondTolerance", "超出容差"),
                number("budgetVersion", "预算版本"));
        List<List<Object>> rows = new ArrayList<>();
        for (BudgetExecutionView.Line l : v.lines()) {
            rows.add(Arrays.asList("CATEGORY", l.category().name(), l.year(), s(l.budget()), s(l.ceiling()), null,
                    s(l.spent()), p(l.spentOfBudget()), null, l.beyondTolerance(), v.budgetVersion()));
        }
        for (BudgetExecutionView.Year y : v.years()) {
            rows.add(Arrays.asList("YEAR", null, y.year(), s(y.budget()), null, s(y.receivedCash()), s(y.spent()),
                    p(y.spentOfBudget()), p(y.spentOfReceived()), null, v.budgetVersion()));
        }
        BudgetExecutionView.Total t = v.total();
        rows.add(Arrays.asList("TOTAL", null, null, s(t.budget()), null, s(t.receivedCash()), s(t.spent()),
                p(t.spentOfBudget()), p(t.spentOfReceived()), t.linesBeyondTolerance() > 0, v.budgetVersion()));
        return new ExportTable("预算执行 budget", columns, rows);
    }

    /** One row per allocation, then the total ({@code level} TOTAL, direct installments included). */
    public ExportTable provincialChain(PlatformRow platform, LocalDate asOf, Instant knownAt) {
        ProvincialChainView v = finance.provincialChain(platform, asOf, knownAt);
        List<ExportTable.Column> columns = List.of(text("level", "层级"), text("allocationId", "指标编号"),
                text("decisionId", "奖励决定"), date("allocatedOn", "下达日期"), text("documentNumber", "文号"),
                money("allocated", "下达"), money("cancelled", "核减"), money("paid", "拨付"), money("arrived", "到账"),
                money("unpaid", "未拨付"), money("inTransit", "在途"), flag("rewardNotPaid", "奖励未拨付"));
        List<List<Object>> rows = new ArrayList<>();
        for (ProvincialChainView.Allocation a : v.allocations()) {
            rows.add(Arrays.asList("ALLOCATION", a.allocationId(), a.decisionId(), a.allocatedOn(), a.documentNumber(),
                    s(a.amount()), s(a.cancelled()), s(a.paid()), s(a.arrived()), s(a.unpaid()), s(a.inTransit()),
                    a.decisionId() != null && a.unpaid().isPositive()));
        }
        ProvincialChainView.Totals t = v.totals();
        rows.add(Arrays.asList("DIRECT", null, null, null, null, s(t.direct()), s(Money.ZERO), s(t.direct()),
                s(t.direct()), s(Money.ZERO), s(Money.ZERO), false));
        rows.add(Arrays.asList("TOTAL", null, null, null, null, s(t.allocated()), s(t.cancelled()), s(t.paid()),
                s(t.arrived()), s(t.unpaid()), s(t.inTransit()), !v.findings().isEmpty()));
        return new ExportTable("省级资金 provincial", columns, rows);
    }

    private static String s(Money money) {
        return money.toString();
    }

    private static String p(BigDecimal percent) {
        return percent == null ? null : percent.toPlainString();
    }
}
