package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import cn.jsedu.ledger.query.finance.FinanceExports;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each export as a downloadable file (name, media type, bytes), as the API ({@link ExportController}) serves it; the
 * console's download links relay these same files.
 */
@Service
public class ExportFiles {

    private final PlatformExports platformExports;
    private final ProgrammeExports programmeExports;
    private final DossierService dossiers;
    private final FinanceExports financeExports;
    private final Clock clock;

    public ExportFiles(PlatformExports platformExports, ProgrammeExports programmeExports, DossierService dossiers,
                       FinanceExports financeExports, Clock clock) {
        this.financeExports = financeExports;
        this.platformExports = platformExports;
        this.programmeExports = programmeExports;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public ResponseEntity<byte[]> ledger(PlatformRow row, String format) {
        return table(row.platformId() + "-ledger", format, List.of(platformExports.ledger(row)),
                notes("分录明细 ledger entries", row, null, null));
    }

    public ResponseEntity<byte[]> balances(PlatformRow row, LocalDate asOf, Instant knownAt, String format) {
        return table(row.platformId() + "-balances", format, List.of(platformExports.balances(row, asOf, knownAt)),
                notes("资金余额 balances", row, asOf, knownAt));
    }

    public ResponseEntity<byte[]> budgetExecution(PlatformRow row, LocalDate asOf, Instant knownAt, String format) {
        return table(row.platformId() + "-budget-execution", format,
                List.of(financeExports.budgetExecution(row, asOf, knownAt)), notes("预算执行 budget execution", row,
                        asOf, knownAt));
    }

    public ResponseEntity<byte[]> provincialChain(PlatformRow row, LocalDate asOf, Instant knownAt, String format) {
        return table(row.platformId() + "-provincial-chain", format,
                List.of(financeExports.provincialChain(row, asOf, knownAt)), notes("省级资金下达拨付到账 provincial chain",
                        row, asOf, knownAt));
    }

    public ResponseEntity<byte[]> compliance(String programmeId, LocalDate today, String format) {
        ProgrammeExports.Compliance c = programmeExports.compliance(programmeId, today);
        return table("programme-compliance", format, List.of(c.rows(), c.totals()), notes("资金合规 compliance", null, today, null));
    }

    public ResponseEntity<byte[]> readiness(String programmeId, LocalDate today, String format) {
        return table("programme-readiness", format, List.of(programmeExports.readiness(programmeId, today)),
                notes("验收条件 readiness", null, today, null));
    }

    public ResponseEntity<byte[]> dossier(PlatformRow row) {
        return file(row.platformId() + "-dossier.pdf", MediaType.APPLICATION_PDF_VALUE, dossiers.pdf(row));
    }

    /** CSV carries the first table only (one table per file); Excel carries all, plus a sheet of notes. */
    private ResponseEntity<byte[]> table(String name, String format, List<ExportTable> tables, Map<String, String> notes) {
        return "xlsx".equals(format) ? file(name + ".xlsx", XlsxExport.MEDIA_TYPE, XlsxExport.write(tables, notes))
                : file(name + ".csv", CsvExport.MEDIA_TYPE, CsvExport.write(tables.get(0)));
    }

    private Map<String, String> notes(String what, PlatformRow row, LocalDate asOf, Instant knownAt) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("内容", what);
        if (row != null) {
            notes.put("平台", row.platformId() + " " + row.title() + "（" + row.collegeName() + "）");
            notes.put("数据版本", String.valueOf(row.version()));
        }
        notes.put("生效日期截至 asOf", asOf == null ? "全部" : asOf.toString());
        notes.put("记录时间截至 knownAt", knownAt == null ? "现在" : ExportTimes.format(knownAt, clock.getZone()));
        notes.put("生成时间", ExportTimes.format(clock.instant(), clock.getZone()));
        notes.put("追溯", "每一金额均由所列事件编号的事件汇总而来，可在 /api/v1/platforms/{id}/history 中查到");
        return notes;
    }

    private static ResponseEntity<byte[]> file(String name, String mediaType, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name).build().toString())
                .contentType(MediaType.parseMediaType(mediaType))
                .body(bytes);
    }
}
