package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.FiguresView;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;

import java.math.BigDecimal;

/**
 * The programme's key figures, formatted in the chosen unit. 到位率 = 实际到位 ÷ 计划 ({@link ReceivedInPlace});
 * 执行率 = 支出 ÷ 现金到位 (docs/domain.md §9), both of the programme's money by source as the API serves it.
 */
public record ProgrammeKeyFigures(String planned, String received, BigDecimal arrivalRate,
                         BigDecimal executionRate, String provincialPlanned, String provincialReceived,
                         BigDecimal provincialRate, String spent, String recoveryDue, long platforms) {

    static ProgrammeKeyFigures of(ProgrammeSourcesView sources, ProgrammeComplianceView programme, MoneyUnit unit) {
        FiguresView total = sources.total();
        FiguresView provincial = sources.sources().stream()
                .filter(s -> s.source() == FundingSource.PROVINCIAL_FINANCE).map(BalancesView.SourceBalance::figures)
                .findFirst().orElse(null);
        Money recoveryDue = programme.rows().stream().map(r -> Money.parse(r.recoveryDue())).reduce(Money.ZERO, Money::plus);
        Money spent = Money.parse(total.spent());
        return new ProgrammeKeyFigures(unit.format(Money.parse(total.planned())), unit.format(ReceivedInPlace.of(total)),
                ReceivedInPlace.rate(total), Share.percent(spent.fen(), Money.parse(total.receivedCash()).fen()),
                provincial == null ? unit.format(Money.ZERO) : unit.format(Money.parse(provincial.planned())),
                provincial == null ? unit.format(Money.ZERO) : unit.format(ReceivedInPlace.of(provincial)),
                provincial == null ? null : ReceivedInPlace.rate(provincial),
                unit.format(spent), unit.format(recoveryDue), sources.platforms());
    }
}
