package cn.jsedu.ledger.console.api.view;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/indicators}: the task book's targets against reported actuals. */
public record IndicatorsView(String platformId, LocalDate asOf, long version, List<Indicator> indicators) {

    public record Indicator(String code, int task, boolean mandatory, String nameZh, String nameEn, String unit,
                            String target, String actual, String actualPeriod, boolean met, List<String> eventIds) {
    }
}
