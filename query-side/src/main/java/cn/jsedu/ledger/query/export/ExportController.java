package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.web.QueryProblem;
import cn.jsedu.ledger.query.web.ProgrammeScope;
import cn.jsedu.ledger.query.web.QueryTimes;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Downloads for finance officers and auditors: a platform's ledger entries and balances, programme compliance and
 * readiness as CSV or Excel, and a platform's acceptance dossier as PDF. Same access rules as the JSON they mirror.
 */
@RestController
@Tag(name = "Exports", description = "Spreadsheets and PDF dossiers of the read models")
@RequestMapping("/api/v1")
public class ExportController {

    // Each mapping states what it produces, so the OpenAPI document describes a download, not JSON.

    /** The layout a program reading a CSV or workbook relies on (docs/api.md, Exports). */
    static final String TABLE_LAYOUT = "CSV: UTF-8 with a byte-order mark; row 1 the Chinese column labels, row 2 the "
            + "column keys (the JSON API's field names), then the data: skip row 1 and read row 2 as the header. Money "
            + "in yuan as exact decimal strings, percentages as decimals in percent (73.44), dates as yyyy-MM-dd, times "
            + "in Beijing time with their offset (2026-01-02 01:30:05+08:00). Excel: one sheet per table, labels in row "
            + "1 and keys in row 2; money as number cells (#,##0.00), percentages as number cells formatted 0.00% "
            + "(0.7344), and a sheet 说明 saying what, for which dates and when.";

    private final ReadYourWrites reads;
    private final ExportFiles files;
    private final QueryTimes times;
    private final ProgrammeScope scope;
    private final Clock clock;

    public ExportController(ReadYourWrites reads, ExportFiles files, QueryTimes times, ProgrammeScope scope,
                            Clock clock) {
        this.reads = reads;
        this.files = files;
        this.times = times;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping(path = "/platforms/{platformId}/ledger.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportLedger", summary = "Export the platform's ledger lines (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> ledger(@PathVariable String platformId, @PathVariable String format,
                                         @RequestParam(required = false) Long minVersion) {
        return files.ledger(reads.platform(platformId, minVersion), format);
    }

    @GetMapping(path = "/platforms/{platformId}/balances.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportBalances", summary = "Export the platform's balances (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> balances(@PathVariable String platformId, @PathVariable String format,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                           @RequestParam(required = false) Instant knownAt,
                                           @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return files.balances(reads.platform(platformId, minVersion), asOf, knownAt, format);
    }

    @GetMapping(path = "/platforms/{platformId}/budget-execution.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportBudgetExecution", summary = "Export budget against actual (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> budgetExecution(@PathVariable String platformId, @PathVariable String format,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                  @RequestParam(required = false) Instant knownAt,
                                                  @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return files.budgetExecution(reads.platform(platformId, minVersion), asOf, knownAt, format);
    }

    @GetMapping(path = "/platforms/{platformId}/provincial-chain.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportProvincialChain", summary = "Export the provincial money chain (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> provincialChain(@PathVariable String platformId, @PathVariable String format,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                  @RequestParam(required = false) Instant knownAt,
                                                  @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return files.provincialChain(reads.platform(platformId, minVersion), asOf, knownAt, format);
    }

    @GetMapping(path = "/programme/compliance.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportProgrammeCompliance", summary = "Export programme compliance (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> compliance(@PathVariable String format,
                                             @RequestParam(required = false) String programme) {
        return files.compliance(scope.resolve(programme), LocalDate.now(clock), format);
    }

    @GetMapping(path = "/programme/readiness.{format:csv|xlsx}",
            produces = {CsvExport.MEDIA_TYPE, XlsxExport.MEDIA_TYPE})
    @Operation(operationId = "exportProgrammeReadiness", summary = "Export programme readiness (CSV or Excel)",
            description = TABLE_LAYOUT)
    public ResponseEntity<byte[]> readiness(@PathVariable String format,
                                            @RequestParam(required = false) String programme) {
        return files.readiness(scope.resolve(programme), LocalDate.now(clock), format);
    }

    @GetMapping(path = "/platforms/{platformId}/dossier.pdf", produces = "application/pdf")
    @Operation(operationId = "exportDossier", summary = "The platform's dossier as a PDF",
            description = "In Chinese: basic data, the readiness checklist, funding and compliance findings, decisions "
                    + "and proposals, the verification of the event chain, the money events by id, and a block to sign "
                    + "and seal; pages numbered. 503 when the server has no Chinese font.")
    public ResponseEntity<byte[]> dossier(@PathVariable String platformId) {
        PlatformRow row = reads.platform(platformId, null);
        try {
            return files.dossier(row);
        } catch (CjkFont.MissingFontException e) {
            throw new QueryProblem(ErrorCode.SERVICE_UNAVAILABLE, null, e.getMessage());
        }
    }
}
