package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.kernel.id.Identifiers;
import cn.jsedu.ledger.console.api.ServiceApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The console's download links: the query API's exports ({@code /api/v1/.../ledger.csv} etc.), relayed byte for
 * byte with their media type and file name. The relay exists because the browser is signed in to the console with
 * its session, while the API takes HTTP Basic or a bearer token and would make the browser ask for a password again.
 */
@Controller
public class ExportRelayController extends ConsolePage {

    private final QueryApi queries;

    public ExportRelayController(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/console/platforms/{platformId}/export/{name:ledger|balances}.{format:csv|xlsx}")
    public ResponseEntity<byte[]> platform(@PathVariable String platformId, @PathVariable String name,
                                           @PathVariable String format, ApiCall call) {
        return file(queries.platformExport(platformId, name + "." + format, call));
    }

    @GetMapping("/console/platforms/{platformId}/export/dossier.pdf")
    public ResponseEntity<byte[]> dossier(@PathVariable String platformId, ApiCall call) {
        try {
            return file(queries.platformExport(platformId, "dossier.pdf", call));
        } catch (ApiProblem e) {
            throw e.status() == 503 ? new DossierUnavailable(e) : e;
        }
    }

    /**
     * An evidence document of the platform (ADR 0021), as the query API serves it to this user (another college's is
     * its 404), marked so a browser never reads it as anything but the type decided at upload.
     */
    @GetMapping("/console/platforms/{platformId}/documents/{sha256:[0-9a-f]{64}}")
    public ResponseEntity<byte[]> document(@PathVariable String platformId, @PathVariable String sha256,
                                           ApiCall call) {
        ResponseEntity<byte[]> file = file(queries.document(platformId, sha256, call));
        return ResponseEntity.status(file.getStatusCode())
                .headers(h -> {
                    h.putAll(file.getHeaders());
                    h.set("X-Content-Type-Options", "nosniff");
                })
                .body(file.getBody());
    }

    @GetMapping("/console/export/{name:compliance|readiness}.{format:csv|xlsx}")
    public ResponseEntity<byte[]> programme(@PathVariable String name, @PathVariable String format, ApiCall call) {
        return file(queries.programmeExport(name + "." + format, call));
    }

    /** A round's published results (ADR 0026), as the query API serves them (409 before publication). */
    @GetMapping("/console/evaluation-rounds/{roundId}/export/results.{format:xlsx|pdf}")
    public ResponseEntity<byte[]> roundResults(@PathVariable String roundId, @PathVariable String format, ApiCall call) {
        if (!Identifiers.isWellFormed(roundId)) {
            throw new PageNotFound("no round " + roundId);
        }
        try {
            return file(queries.roundExport(roundId, "results." + format, call));
        } catch (ApiProblem e) {
            throw "pdf".equals(format) && e.status() == 503 ? new DossierUnavailable(e) : e;
        }
    }

    /** The query API could not make the PDF (its reason: no Chinese font on that server). */
    static class DossierUnavailable extends RuntimeException {
        DossierUnavailable(ApiProblem problem) {
            super(problem.detail(), null, false, false);
        }
    }

    @ExceptionHandler(DossierUnavailable.class)
    public String missingFont(DossierUnavailable e, HttpServletResponse response, Model model) {
        response.setStatus(503);
        model.addAttribute("detail", e.getMessage());
        return errorPage(model, 503, "error.noFont", null);
    }

    private static ResponseEntity<byte[]> file(ServiceApi.Download download) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (download.mediaType() != null) {
            answer.contentType(download.mediaType());
        }
        if (download.contentDisposition() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition());
        }
        return answer.body(download.bytes());
    }
}
