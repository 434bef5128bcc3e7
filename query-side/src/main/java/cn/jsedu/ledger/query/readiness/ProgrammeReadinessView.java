package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.LocalDate;
import java.util.List;

/** Readiness of every platform: counts over the programme, and a page of rows with the items each one fails. */
public record ProgrammeReadinessView(LocalDate asOf, long platforms, long ready, int page, int size, long totalRows,
                                     List<Row> rows) {

    public record Row(String platformId, String title, String collegeName, PlatformStatus status, Integer batch,
                      AcceptanceResult acceptanceResult, ReadinessView.Overall overall, List<String> failing,
                      long version) {
    }
}
