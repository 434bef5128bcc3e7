package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.ledger.LedgerLine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform's plan against what arrived and what was spent, cumulated at the end of every half-year from the start
 * of construction to the latest of its end, the last entry and today. Received and spent are the platform's
 * {@link Balances} as of each date (the fold every figure of the ledger comes from); the plan is per year, so a
 * year's planned amount is shown as due half by 30 June and in full by 31 December. A reward or a reduction of
 * support changes the planned provincial funds from the day it was decided, as the balances count it
 * ({@link BalanceQueries#adjustment}): without it a rewarded platform's arrivals would show above its plan.
 * {@code recovered} is cumulated too, and {@code netReceived} is what is in place (received less recovered), the
 * figure on the same line as the balances' {@code netReceived} and the compliance's actual total.
 */
public final class PlanVsReceived {

    private PlanVsReceived() {
    }

    /** One half-year's cumulated figures; amounts as the API shows money, decimal strings. */
    public record HalfYearFigures(String period, String planned, String received, String spent, String recovered,
                                  String netReceived) {
    }

    public static List<HalfYearFigures> of(BalanceQueries.Inputs in, LocalDate today, List<MonthDay> periodEnds) {
        LocalDate start = in.platform().constructionStart();
        if (start == null) {
            return List.of();
        }
        LocalDate last = in.platform().constructionEnd();
        for (LedgerLine line : in.lines()) {
            last = line.effectiveDate().isAfter(last) ? line.effectiveDate() : last;
        }
        last = last.isAfter(today) ? today : last;
        List<HalfYearFigures> points = new ArrayList<>();
        for (ReportingPeriod period : ReportingPeriod.covering(start, last, periodEnds)) {
            LocalDate end = period.end(periodEnds);
            Figures total = Balances.of(in.lines(), in.plan(), in.provincialAdjustment(), end, null).total();
            Money decided = BalanceQueries.adjustment(in.decisions().stream()
                    .filter(d -> !d.decidedOn().isAfter(end)).toList());
            points.add(new HalfYearFigures(period.toString(), plannedBy(in.plan(), period).plus(decided).toString(),
                    total.received().toString(), total.spent().toString(), total.recovered().toString(),
                    total.netReceived().toString()));
        }
        return points;
    }

    private static Money plannedBy(List<PlanLine> plan, ReportingPeriod period) {
        Money planned = Money.ZERO;
        for (PlanLine line : plan) {
            if (line.year() < period.year() || (line.year() == period.year() && period.half() == 2)) {
                planned = planned.plus(line.amount());
            } else if (line.year() == period.year()) {
                planned = planned.plus(Money.ofFen(line.amount().fen() / 2));
            }
        }
        return planned;
    }
}
