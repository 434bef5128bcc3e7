package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.FiguresView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.console.api.view.ProvincialChainTotalsView;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.math.BigDecimal;

/**
 * The programme's key figures for the finance office, formatted in the chosen unit. From the programme's money by
 * source: 到位率 = 实际到位 ÷ 计划 ({@link ReceivedInPlace}), 执行率 = 支出 ÷ 现金到位 (docs/domain.md §9) and the
 * provincial funds in place; from the provincial money chain: allocated, paid, arrived and the amount to recover.
 */
public record ProgrammeKeyFigures(String planned, String received, BigDecimal arrivalRate, BigDecimal executionRate,
                                  String spent, String provincialPlanned, String provincialReceived,
                                  BigDecimal provincialRate, String allocated, String paid, String arrived,
                                  String recoveryDue) {

    static ProgrammeKeyFigures of(ProgrammeSourcesView sources, ProvincialChainTotalsView.Group chain, MoneyUnit unit) {
        FiguresView total = sources.total();
        FiguresView provincial = sources.sources().stream()
                .filter(s -> s.source() == FundingSource.PROVINCIAL_FINANCE).map(BalancesView.SourceBalance::figures)
                .findFirst().orElse(null);
        Money spent = Money.parse(total.spent());
        return new ProgrammeKeyFigures(unit.format(Money.parse(total.planned())), unit.format(ReceivedInPlace.of(total)),
                ReceivedInPlace.rate(total), Share.percent(spent.fen(), Money.parse(total.receivedCash()).fen()),
                unit.format(spent),
                provincial == null ? unit.format(Money.ZERO) : unit.format(Money.parse(provincial.planned())),
                provincial == null ? unit.format(Money.ZERO) : unit.format(ReceivedInPlace.of(provincial)),
                provincial == null ? null : ReceivedInPlace.rate(provincial),
                unit.format(Money.parse(chain.allocated())), unit.format(Money.parse(chain.paid())),
                unit.format(Money.parse(chain.arrived())), unit.format(Money.parse(chain.recoveryDue())));
    }
}
