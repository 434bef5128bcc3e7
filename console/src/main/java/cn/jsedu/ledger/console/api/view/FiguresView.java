package cn.jsedu.ledger.console.api.view;

import java.math.BigDecimal;

/** Money figures as the query API shows them: decimal strings, and the arrival rate as a display percentage. */
public record FiguresView(String planned, String receivedCash, String receivedNonCash, String received,
                          String spent, String recovered, String cashBalance, BigDecimal arrivalRate) {
}
