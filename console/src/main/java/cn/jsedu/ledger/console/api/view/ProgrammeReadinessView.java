package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/programme/readiness}: counts, and a page of rows with what each one fails. */
public record ProgrammeReadinessView(LocalDate asOf, long platforms, long ready, int page, int size, long totalRows,
                                     List<Row> rows) {

    public record Row(String platformId, String title, String collegeName, PlatformStatus status, Integer batch,
                      AcceptanceResult acceptanceResult, String overall, List<String> failing, long version) {
    }
}
