package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.view.FiguresView;
import cn.jsedu.ledger.console.api.view.PlanVsReceivedView;
import cn.jsedu.ledger.console.api.view.PlatformListView;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The one meaning of "received" on every console page, table, chart and ratio: <b>实际到位（扣除追回）</b>, what
 * arrived (cash and appraised in kind) less what was recovered, the figure compliance and readiness judge. The query
 * API answers it as {@code netReceived} and {@code netArrivalRate} beside its gross {@code received} and
 * {@code arrivalRate} (issue 16: JS-209 showed two numbers for one word); this is the one place that says which of
 * the API's fields a page shows as "received". Where the API gives no rate (a programme row), the rate is computed
 * with the shared kernel's {@link Share#percent}, the rounding the API uses. Templates reach it as {@code @received}.
 */
@Component("received")
public class ReceivedInPlace {

    /** 实际到位 of a balance row. */
    public static Money of(FiguresView f) {
        return Money.parse(f.netReceived());
    }

    /** 实际到位 at the end of a half-year, cumulated. */
    public static Money of(PlanVsReceivedView.HalfYearFigures point) {
        return Money.parse(point.netReceived());
    }

    /** 实际到位 of a platform in the platform list. */
    public static Money of(PlatformListView.Item item) {
        return Money.parse(item.netReceived());
    }

    /** 到位率 = 实际到位 ÷ 计划, a percentage rounded half-up to 2 decimals; null where nothing is planned. */
    public static BigDecimal rate(Money inPlace, Money planned) {
        return planned.isPositive() ? Share.percent(inPlace.fen(), planned.fen()) : null;
    }

    public static BigDecimal rate(FiguresView f) {
        return f.netArrivalRate();
    }

    /** For the templates: the decimal string the money format takes. */
    public String amount(FiguresView f) {
        return of(f).toString();
    }

    public String amount(PlatformListView.Item item) {
        return of(item).toString();
    }

    public BigDecimal percent(FiguresView f) {
        return rate(f);
    }
}
