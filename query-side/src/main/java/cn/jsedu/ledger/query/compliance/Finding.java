package cn.jsedu.ledger.query.compliance;

import java.util.List;
import java.util.Map;

/** A rule a platform does not meet, with the figures it was decided from and the events behind them. */
public record Finding(String code, String message, Map<String, String> figures, List<String> eventIds) {
}
