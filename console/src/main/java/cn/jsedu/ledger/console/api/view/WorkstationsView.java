package cn.jsedu.ledger.console.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/workstations}: the share of workstations offered, per year. */
public record WorkstationsView(String platformId, LocalDate asOf, String requiredShare, List<Year> years) {

    public record Year(int year, long offered, long total, BigDecimal percent, boolean met, List<String> eventIds) {
    }
}
