package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.finance.BudgetExecutionView;
import cn.jsedu.ledger.query.finance.FinanceQueries;
import cn.jsedu.ledger.query.finance.PeriodFigures;
import cn.jsedu.ledger.query.finance.PeriodFiguresView;
import cn.jsedu.ledger.query.finance.ProgrammeFinance;
import cn.jsedu.ledger.query.finance.ProvincialChainView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Finance views (docs/domain.md §9): budget against actual (预算执行, 执行率), period figures with carry-over (结转),
 * and the provincial money chain (指标下达 → 拨付 → 到账), per platform and programme-wide by batch; every one as of
 * an effective date and as known at a recording time.
 */
@RestController
@Tag(name = "Finance", description = "Budgets and their execution, period figures, the provincial money chain")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class FinanceQueryController {

    private final FinanceQueries finance;
    private final ReadYourWrites reads;
    private final QueryTimes times;

    public FinanceQueryController(FinanceQueries finance, ReadYourWrites reads, QueryTimes times) {
        this.finance = finance;
        this.reads = reads;
        this.times = times;
    }

    @GetMapping("/platforms/{platformId}/budget-execution")
    @Operation(operationId = "getBudgetExecution",
            summary = "Budget against actual by category and year, with execution rates (预算执行)")
    public BudgetExecutionView budgetExecution(@PathVariable String platformId,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                               @RequestParam(required = false) Instant knownAt,
                                               @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return finance.budgetExecution(reads.platform(platformId, minVersion), asOf, knownAt);
    }

    @GetMapping("/platforms/{platformId}/period-figures")
    @Operation(operationId = "getPeriodFigures",
            summary = "Opening, received, spent, recovered and closing cash of a year or half-year, by source")
    public PeriodFiguresView periodFigures(@PathVariable String platformId, @RequestParam String period,
                                           @RequestParam(required = false) Instant knownAt,
                                           @RequestParam(required = false) Long minVersion) {
        times.knownAt(knownAt);
        return finance.periodFigures(reads.platform(platformId, minVersion), period(period), knownAt);
    }

    @GetMapping("/platforms/{platformId}/provincial-chain")
    @Operation(operationId = "getProvincialChain",
            summary = "Provincial money from allocation through payment to arrival, with what is outstanding")
    public ProvincialChainView provincialChain(@PathVariable String platformId,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                               @RequestParam(required = false) Instant knownAt,
                                               @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return finance.provincialChain(reads.platform(platformId, minVersion), asOf, knownAt);
    }

    @GetMapping("/programme/budget-execution")
    @Operation(operationId = "getProgrammeBudgetExecution",
            summary = "Budget against actual over the approved platforms, by batch and in total")
    public ProgrammeFinance.Budgets programmeBudgetExecution(
            @RequestParam(required = false) Integer batch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Instant knownAt) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return finance.programmeBudgets(batch, asOf, knownAt);
    }

    @GetMapping("/programme/period-figures")
    @Operation(operationId = "getProgrammePeriodFigures",
            summary = "Period figures over the approved platforms, by batch and source and in total")
    public ProgrammeFinance.Periods programmePeriodFigures(@RequestParam String period,
                                                              @RequestParam(required = false) Integer batch,
                                                              @RequestParam(required = false) Instant knownAt) {
        times.knownAt(knownAt);
        return finance.programmePeriods(batch, period(period), knownAt);
    }

    @GetMapping("/programme/provincial-chain")
    @Operation(operationId = "getProgrammeProvincialChain",
            summary = "The provincial money chain over the approved platforms by batch, with rewards not paid")
    public ProgrammeFinance.Chains programmeProvincialChain(
            @RequestParam(required = false) Integer batch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Instant knownAt) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return finance.programmeChains(batch, asOf, knownAt);
    }

    private static PeriodFigures.Period period(String text) {
        try {
            return PeriodFigures.Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "period", e.getMessage());
        }
    }
}
