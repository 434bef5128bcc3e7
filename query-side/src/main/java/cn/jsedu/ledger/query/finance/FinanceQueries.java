package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.platform.NotYetKnownException;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The finance views (docs/domain.md §9) of one platform and of the programme, all from the read model: budgets and
 * chain steps as recorded, ledger lines and the plan through {@link BalanceQueries#inputs}, so that "as known at T"
 * takes every part from T. Programme views fold each approved platform with the same functions as the platform views
 * (about 30 platforms: one read per platform keeps one fold per fact).
 */
@Service
public class FinanceQueries {

    private final BalanceQueries balances;
    private final PlatformQueries platforms;
    private final FinanceRepository finance;
    private final ProgrammeParameters parameters;

    public FinanceQueries(BalanceQueries balances, PlatformQueries platforms, FinanceRepository finance,
                          ProgrammeParameters parameters) {
        this.balances = balances;
        this.platforms = platforms;
        this.finance = finance;
        this.parameters = parameters;
    }

    public BudgetExecutionView budgetExecution(PlatformRow row, LocalDate asOf, Instant knownAt) {
        BalanceQueries.Inputs in = balances.inputs(row, knownAt);
        return BudgetExecution.of(row.platformId(), finance.budgetKnownAt(row.platformId(), knownAt), in.lines(),
                asOf, knownAt, parameters.budgetTolerance());
    }

    public PeriodFiguresView periodFigures(PlatformRow row, PeriodFigures.Period period, Instant knownAt) {
        return PeriodFigures.of(row.platformId(), period, balances.inputs(row, knownAt).lines(), knownAt);
    }

    public ProvincialChainView provincialChain(PlatformRow row, LocalDate asOf, Instant knownAt) {
        BalanceQueries.Inputs in = balances.inputs(row, knownAt);
        Money planned = PlanLine.total(in.plan(), FundingSource.PROVINCIAL_FINANCE).plus(in.provincialAdjustment());
        return ProvincialChainFigures.of(row.platformId(), finance.stepsOf(row.platformId()), in.lines(), planned,
                asOf, knownAt);
    }

    // --- programme-wide, by batch ---

    public ProgrammeFinance.Budgets programmeBudgets(Integer batch, LocalDate asOf, Instant knownAt) {
        ProgrammeFinance.Grouping<ProgrammeFinance.BudgetGroup> groups =
                new ProgrammeFinance.Grouping<>(ProgrammeFinance.BudgetGroup::empty);
        for (PlatformRow row : approvedPlatforms(batch, knownAt)) {
            BudgetExecutionView v = budgetExecution(row, asOf, knownAt);
            groups.add(row.batch(), g -> g.plus(v.total()));
        }
        return new ProgrammeFinance.Budgets(asOf, knownAt, groups.byBatch(), groups.total());
    }

    public ProgrammeFinance.Chains programmeChains(Integer batch, LocalDate asOf, Instant knownAt) {
        ProgrammeFinance.Grouping<ProgrammeFinance.ChainGroup> groups =
                new ProgrammeFinance.Grouping<>(ProgrammeFinance.ChainGroup::empty);
        List<ProgrammeFinance.PlatformFinding> findings = new ArrayList<>();
        for (PlatformRow row : approvedPlatforms(batch, knownAt)) {
            ProvincialChainView v = provincialChain(row, asOf, knownAt);
            groups.add(row.batch(), g -> g.plus(v));
            v.findings().forEach(f -> findings.add(new ProgrammeFinance.PlatformFinding(row.platformId(),
                    row.batch(), f)));
        }
        return new ProgrammeFinance.Chains(asOf, knownAt, groups.byBatch(), groups.total(), findings);
    }

    public ProgrammeFinance.Periods programmePeriods(Integer batch, PeriodFigures.Period period, Instant knownAt) {
        ProgrammeFinance.Grouping<ProgrammeFinance.PeriodGroup> groups =
                new ProgrammeFinance.Grouping<>(ProgrammeFinance.PeriodGroup::empty);
        for (PlatformRow row : approvedPlatforms(batch, knownAt)) {
            PeriodFiguresView v = periodFigures(row, period, knownAt);
            groups.add(row.batch(), g -> g.plus(v));
        }
        return new ProgrammeFinance.Periods(period.name(), period.from(), period.to(), knownAt, groups.byBatch(),
                groups.total());
    }

    /**
     * The default programme's platforms approved as known at {@code knownAt} (null: now), of {@code batch} if given:
     * batches are numbered per programme (ADR 0019), as the singular {@code /api/v1/programme/...} reads mean it.
     */
    private List<PlatformRow> approvedPlatforms(Integer batch, Instant knownAt) {
        List<PlatformRow> result = new ArrayList<>();
        int page = 0;
        PlatformQueries.Page rows;
        do {
            rows = platforms.list(new PlatformQueries.Filter(ProgrammeId.DEFAULT.value(), null, batch, null), page++, 500);
            for (PlatformRow row : rows.rows()) {
                if (approvedAsKnown(row, knownAt)) {
                    result.add(row);
                }
            }
        } while ((long) page * 500 < rows.total());
        return result;
    }

    private boolean approvedAsKnown(PlatformRow row, Instant knownAt) {
        if (knownAt == null) {
            return row.status().wasApproved();
        }
        try {
            return Optional.ofNullable(balances.inputs(row, knownAt).platform().status())
                    .map(s -> s.wasApproved()).orElse(false);
        } catch (NotYetKnownException notYet) {
            return false;
        }
    }
}
