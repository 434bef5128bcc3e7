package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.query.document.EvidenceDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A platform's evidence bundle for offline verification (ADR 0010, 0021): one ZIP with its history as JSON lines
 * ({@value #HISTORY}, the lines of {@code /export}) and every evidence document uploaded to it
 * ({@value #DOCUMENTS}{@code <sha256>.<ext>}). The offline verifier's {@code --bundle} checks the chain, each file
 * against the hash it is named by, and that every document an event cites is in the bundle.
 */
@RestController
@Tag(name = "Verification", description = "Hash chains of the event store and signed checkpoints, for auditors")
@RequestMapping("/api/v1")
public class EvidenceBundleController {

    public static final String HISTORY = "history.jsonl";
    public static final String DOCUMENTS = "documents/";

    private final EventChainRows rows;
    private final EvidenceDocuments documents;

    public EvidenceBundleController(EventChainRows rows, EvidenceDocuments documents) {
        this.rows = rows;
        this.documents = documents;
    }

    @GetMapping(path = "/platforms/{id}/evidence-bundle.zip", produces = "application/zip")
    @Operation(operationId = "exportEvidenceBundle",
            summary = "The platform's history and evidence documents in one ZIP, for the offline verifier")
    public ResponseEntity<StreamingResponseBody> bundle(@PathVariable String id) {
        if (!rows.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no platform " + id);
        }
        StreamingResponseBody body = out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(HISTORY));
            rows.platform(id, (index, row) -> write(zip, (HistoryLines.line(index, row) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            zip.closeEntry();
            documents.eachOf(id, document -> {
                try {
                    zip.putNextEntry(new ZipEntry(DOCUMENTS + document.fileName()));
                    zip.write(document.bytes());
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            zip.finish();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-evidence.zip\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/zip").body(body);
    }

    private static void write(ZipOutputStream zip, byte[] bytes) {
        try {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
