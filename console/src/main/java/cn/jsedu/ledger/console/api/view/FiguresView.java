package cn.jsedu.ledger.console.api.view;

import java.math.BigDecimal;

/**
 * Money figures as the query API shows them: decimal strings, rates as display percentages; {@code received} and
 * {@code arrivalRate} before recoveries, {@code netReceived} and {@code netArrivalRate} in place.
 */
public record FiguresView(String planned, String receivedCash, String receivedNonCash, String received,
                          String spent, String recovered, String cashBalance, BigDecimal arrivalRate,
                          String netReceived, BigDecimal netArrivalRate) {
}
