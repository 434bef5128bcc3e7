package cn.jsedu.ledger.query.balance;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.query.ledger.Figures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Received" has two figures in the API, told apart by name (issue 16: JS-209): {@code received} and
 * {@code arrivalRate} before recoveries, {@code netReceived} and {@code netArrivalRate} what is in place.
 */
class FiguresViewTest {

    @Test
    void aRecoveryLowersTheNetFiguresAndLeavesTheGrossOnes() {
        // JS-209: 30,000,000.00 planned; 24,000,000.00 arrived (cash 23,000,000.00, in kind 1,000,000.00); 500,000.00
        // of it recovered
        Figures figures = new Figures(Money.parse("30000000.00"), new MoneyEffect(Money.parse("23000000.00"),
                Money.parse("1000000.00"), Money.parse("2000000.00"), Money.parse("500000.00")));

        FiguresView view = FiguresView.of(figures);

        assertThat(view.received()).isEqualTo("24000000.00");
        assertThat(view.arrivalRate()).isEqualByComparingTo("80.00");
        assertThat(view.netReceived()).isEqualTo("23500000.00");
        assertThat(view.netArrivalRate()).isEqualByComparingTo("78.33");
    }

    @Test
    void nothingPlannedHasNoRateAndTheShortFormDerivesTheSameNetFigures() {
        FiguresView view = FiguresView.of(new Figures(Money.ZERO, new MoneyEffect(Money.parse("100.00"), Money.ZERO,
                Money.ZERO, Money.parse("40.00"))));
        assertThat(view.netReceived()).isEqualTo("60.00");
        assertThat(view.arrivalRate()).isNull();
        assertThat(view.netArrivalRate()).isNull();

        assertThat(new FiguresView("30000000.00", "23000000.00", "1000000.00", "24000000.00", "2000000.00",
                "500000.00", "20500000.00", null)).extracting(FiguresView::netReceived, FiguresView::netArrivalRate)
                .satisfiesExactly(net -> assertThat(net).isEqualTo("23500000.00"),
                        rate -> assertThat((java.math.BigDecimal) rate).isEqualByComparingTo("78.33"));
    }
}
