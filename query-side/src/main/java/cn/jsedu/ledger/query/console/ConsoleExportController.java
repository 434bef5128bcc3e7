package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.query.export.CjkFont;
import cn.jsedu.ledger.query.export.ExportFiles;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The console's download links. The files are the API's ({@code /api/v1/.../ledger.csv} etc., same
 * {@link ExportFiles}); these routes exist because the browser is logged in with the console's session, while the
 * API takes HTTP Basic or a bearer token and would make the browser ask for a password again.
 */
@Controller
public class ConsoleExportController extends ConsolePage {

    private final ReadYourWrites reads;
    private final ExportFiles files;
    private final Clock clock;

    public ConsoleExportController(ReadYourWrites reads, ExportFiles files, Clock clock) {
        this.reads = reads;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/console/platforms/{platformId}/export/{name:ledger|balances}.{format:csv|xlsx}")
    public ResponseEntity<byte[]> platform(@PathVariable String platformId, @PathVariable String name,
                                           @PathVariable String format) {
        PlatformRow row = reads.platform(platformId, null);
        return name.equals("ledger") ? files.ledger(row, format) : files.balances(row, null, null, format);
    }

    @GetMapping("/console/platforms/{platformId}/export/dossier.pdf")
    public ResponseEntity<byte[]> dossier(@PathVariable String platformId) {
        return files.dossier(reads.platform(platformId, null));
    }

    @GetMapping("/console/export/{name:compliance|readiness}.{format:csv|xlsx}")
    public ResponseEntity<byte[]> programme(@PathVariable String name, @PathVariable String format) {
        LocalDate today = LocalDate.now(clock);
        return name.equals("compliance") ? files.compliance(today, format) : files.readiness(today, format);
    }

    @ExceptionHandler(CjkFont.MissingFontException.class)
    public String missingFont(CjkFont.MissingFontException e, HttpServletResponse response, Model model) {
        response.setStatus(503);
        model.addAttribute("detail", e.getMessage());
        return errorPage(model, 503, "error.noFont", null);
    }
}
