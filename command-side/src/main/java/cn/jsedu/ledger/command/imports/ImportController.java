package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.ImportRefusedException;
import cn.jsedu.ledger.command.platform.ImportResult;
import cn.jsedu.ledger.command.platform.RecordImportCommand;
import cn.jsedu.ledger.command.security.Permissions;
import cn.jsedu.ledger.command.web.CommandRefusedException;
import cn.jsedu.ledger.command.web.CommandSubmitter;
import cn.jsedu.ledger.command.web.Ids;
import cn.jsedu.ledger.command.web.Why;
import cn.jsedu.ledger.command.web.request.Shapes;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.support.problem.Problems;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files of installments (the finance officer's provincial ones, the college's own), of enterprise contributions and of
 * expenditures (the college's), in the layout of the ledger export (ADR 0024). Every row is judged before anything is
 * recorded: malformed cells here, the ledger's rules by the platform, which records every row or none. Each row's entry
 * id is its key: a file uploaded again records nothing twice and answers which rows were recorded before. An upload
 * the client names ({@code progressId}) shows how far it has come while the client waits for its answer.
 */
@RestController
@Tag(name = "Imports", description = "Files of installments, enterprise contributions or expenditures (CSV or Excel, "
        + "the ledger export's layout)")
@RequestMapping(path = "/api/v1/platforms/{platformId}" + ImportSettings.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class ImportController {

    /** The denial log every refused request goes to (ProblemDetailsAdvice), for rows refused here too. */
    private static final Logger DENIALS = LoggerFactory.getLogger("ledger.security.denials");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DESCRIPTION = "The body is the file: CSV (UTF-8) or an Excel workbook (.xlsx, first "
            + "sheet), decided from its bytes. Layout of the ledger export: an optional row of Chinese labels, a row of "
            + "keys, one row per entry; columns are found by key. Every row is judged first: if any fails, the answer "
            + "is 422 IMPORT_ROWS_REFUSED listing every error (row, column, code, message in English and Chinese) and "
            + "nothing is recorded. A row's key is its entryId (given, or derived from its content): a file uploaded "
            + "again records nothing twice. dryRun=true judges without recording. A client that names the upload with "
            + "progressId can read how far it has come while waiting for the answer (GET .../imports/progress/{id}).";
    static final String PROGRESS_ID = "the client's name for this upload (letters, digits, '.', '_', '-'; at most 64), "
            + "under which GET .../imports/progress/{progressId} shows how far it has come";
    private static final Pattern PROGRESS = Pattern.compile(Shapes.ID);

    private final CommandSubmitter submitter;
    private final Ids ids;
    private final Permissions permissions;
    private final ImportSettings settings;
    private final ImportRuns runs;

    public ImportController(CommandSubmitter submitter, Ids ids, Permissions permissions, ImportSettings settings,
                            ImportRuns runs) {
        this.submitter = submitter;
        this.ids = ids;
        this.permissions = permissions;
        this.settings = settings;
        this.runs = runs;
    }

    @PostMapping(path = "/installments", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "importInstallments", summary = "Import a file of installments", description = DESCRIPTION
            + " Columns: source, form, amount, effectiveDate, voucherRef; optional entryId, kind, partyId, appraisalRef.")
    @ApiResponse(responseCode = "201", description = "Every row passed; the rows not recorded before are recorded now")
    @ApiResponse(responseCode = "200", description = "Every row passed; nothing new to record, or a dry run")
    public ResponseEntity<?> importInstallments(@PathVariable String platformId,
                                                @Parameter(description = "judge every row, record none")
                                                @RequestParam(defaultValue = "false") boolean dryRun,
                                                @Parameter(description = PROGRESS_ID)
                                                @RequestParam(required = false) String progressId,
                                                @RequestBody byte[] content, HttpServletRequest request) {
        return importFile(ImportKind.INSTALLMENTS, platformId, dryRun, progressId, content, request);
    }

    @PostMapping(path = "/expenditures", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "importExpenditures", summary = "Import a file of expenditures", description = DESCRIPTION
            + " Columns: source (the source charged), category, amount, effectiveDate, voucherRef; optional entryId, "
            + "kind, partyId.")
    @ApiResponse(responseCode = "201", description = "Every row passed; the rows not recorded before are recorded now")
    @ApiResponse(responseCode = "200", description = "Every row passed; nothing new to record, or a dry run")
    public ResponseEntity<?> importExpenditures(@PathVariable String platformId,
                                                @Parameter(description = "judge every row, record none")
                                                @RequestParam(defaultValue = "false") boolean dryRun,
                                                @Parameter(description = PROGRESS_ID)
                                                @RequestParam(required = false) String progressId,
                                                @RequestBody byte[] content, HttpServletRequest request) {
        return importFile(ImportKind.EXPENDITURES, platformId, dryRun, progressId, content, request);
    }

    @PostMapping(path = "/enterprise-contributions", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "importEnterpriseContributions", summary = "Import a file of enterprise contributions",
            description = DESCRIPTION + " Columns: partyId (an enterprise party of a signed agreement), form, amount, "
                    + "effectiveDate, voucherRef; optional entryId, kind, source (ENTERPRISE only), appraisalRef "
                    + "(required for a non-cash form). Each contribution awaits its enterprise's confirmation.")
    @ApiResponse(responseCode = "201", description = "Every row passed; the rows not recorded before are recorded now")
    @ApiResponse(responseCode = "200", description = "Every row passed; nothing new to record, or a dry run")
    public ResponseEntity<?> importEnterpriseContributions(@PathVariable String platformId,
                                                           @Parameter(description = "judge every row, record none")
                                                           @RequestParam(defaultValue = "false") boolean dryRun,
                                                           @Parameter(description = PROGRESS_ID)
                                                           @RequestParam(required = false) String progressId,
                                                           @RequestBody byte[] content, HttpServletRequest request) {
        return importFile(ImportKind.ENTERPRISE_CONTRIBUTIONS, platformId, dryRun, progressId, content, request);
    }

    @GetMapping("/progress/{progressId}")
    @Operation(operationId = "getImportProgress", summary = "How far an upload named with progressId has come",
            description = "While its upload waits for the answer (and for an hour after), the uploader reads its phase "
                    + "(READING, JUDGING, RECORDING, then RECORDED, CHECKED for a dry run, REFUSED or FAILED), the rows "
                    + "the platform judges and how many it has judged. Kept in the memory of the instance that took the "
                    + "upload; the upload's own answer is the outcome. 404 for an unknown id or another user's upload.")
    public ImportProgressView progress(@PathVariable String platformId, @PathVariable String progressId) {
        LedgerUser user = LedgerUser.current();
        return runs.view(ids.platform(platformId).value(), progressId, user == null ? null : user.username())
                .orElseThrow(() -> new CommandRefusedException(ErrorCode.NOT_FOUND, "progressId",
                        "no upload " + progressId + " of yours on platform " + platformId));
    }

    private ResponseEntity<?> importFile(ImportKind kind, String platformId, boolean dryRun, String progressId,
                                         byte[] content, HttpServletRequest request) {
        PlatformId platform = ids.platform(platformId);
        if (progressId == null) {
            return judge(kind, platform, dryRun, null, content, request);
        }
        if (!PROGRESS.matcher(progressId).matches()) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "progressId", Shapes.ID_MESSAGE);
        }
        if (!runs.start(platform.value(), progressId, kind.entryKind().name(), LedgerUser.current().username())) {
            throw new CommandRefusedException(ErrorCode.ID_ALREADY_USED, "progressId",
                    "an upload named " + progressId + " is under way on this platform");
        }
        try {
            return judge(kind, platform, dryRun, progressId, content, request);
        } finally {
            runs.failed(platform.value(), progressId);
        }
    }

    private ResponseEntity<?> judge(ImportKind kind, PlatformId platform, boolean dryRun, String progressId,
                                    byte[] content, HttpServletRequest request) {
        ImportFile.Table table;
        try {
            table = ImportFile.read(content, settings.maxRows());
        } catch (ImportFile.UnreadableFileException | ImportFile.TooManyRowsException e) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "body", e.getMessage());
        }
        List<RowError> missing = ImportRows.missingColumns(kind, table);
        if (!missing.isEmpty()) {
            return problem(ErrorCode.VALIDATION_FAILED, "the file lacks columns this import needs", missing, request);
        }
        if (table.lines().isEmpty()) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "body", "the file has no rows of entries");
        }
        ImportRows.Parsed parsed = ImportRows.parse(kind, platform, table);
        List<RowError> denied = deniedRows(kind, parsed);
        if (!denied.isEmpty()) {
            LedgerUser user = LedgerUser.current();
            DENIALS.warn("denied user={} role={} college={} endpoint=\"POST {}\" reason=\"{} row(s) of sources not theirs\"",
                    user.username(), user.role(), user.college(), request.getRequestURI(), denied.size());
            return problem(ErrorCode.ACCESS_DENIED, "rows of the file are not yours to record", denied, request);
        }
        boolean recordNothing = dryRun || !parsed.errors().isEmpty();
        List<RowError> errors = new ArrayList<>(parsed.errors());
        runs.judging(platform.value(), progressId, parsed.rows().size());
        ImportResult result;
        try {
            result = (ImportResult) submitter.sendKeyedByRows(
                    new RecordImportCommand(platform, parsed.rows(), recordNothing, progressId), Why.NONE, request);
        } catch (ImportRefusedException e) {
            e.refusals().forEach(r -> errors.add(new RowError(r.row(), column(r.field()), ImportWords.column(column(r.field())),
                    r.code().name(), r.message(), ImportWords.problem(r.code().name()))));
            if (!errors.isEmpty()) {
                errors.sort(null);
                runs.refused(platform.value(), progressId, errors.size());
                return problem(ErrorCode.IMPORT_ROWS_REFUSED, errors.size() + " error(s) in the file; nothing was "
                        + "recorded", errors, request);
            }
            result = e.judged();
        }
        HttpStatus status = !dryRun && !result.recordedRows().isEmpty() ? HttpStatus.CREATED : HttpStatus.OK;
        ImportView answer = ImportView.of(kind, dryRun, table.lines().size(), result);
        runs.answered(platform.value(), progressId, answer);
        return ResponseEntity.status(status).body(answer);
    }

    /** Installments are recorded one source by one role (EntryRecorders): a file never records more than single entries. */
    private List<RowError> deniedRows(ImportKind kind, ImportRows.Parsed parsed) {
        LedgerUser user = LedgerUser.current();
        List<RowError> denied = new ArrayList<>();
        if (kind != ImportKind.INSTALLMENTS || user == null) {
            return denied;
        }
        for (RecordImportCommand.Row row : parsed.rows()) {
            var installment = ((RecordImportCommand.InstallmentRow) row.command()).installment();
            if (!permissions.mayRecordInstallmentOf(user, installment.source())) {
                denied.add(new RowError(row.number(), "source", ImportWords.column("source"),
                        ErrorCode.ACCESS_DENIED.name(), installment.source() + " installments are not recorded by "
                        + user.role(), ImportWords.problem(ErrorCode.ACCESS_DENIED.name())));
            }
        }
        return denied;
    }

    /** The file's column for a command field the platform blamed: the export calls an expenditure's source "source". */
    private static String column(String field) {
        return "chargedSource".equals(field) ? "source" : field;
    }

    private static ResponseEntity<?> problem(ErrorCode code, String detail, List<RowError> errors,
                                             HttpServletRequest request) {
        return Problems.of(code, HttpStatus.valueOf(code.kind().httpStatus()), detail, errors, request);
    }
}
