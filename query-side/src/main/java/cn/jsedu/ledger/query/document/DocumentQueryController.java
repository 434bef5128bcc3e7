package cn.jsedu.ledger.query.document;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.web.QueryProblem;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A platform's evidence documents (ADR 0021): the list, with the events that cite each, and the download of one, with
 * the platform's access rules (another college's document answers 404, like its platform).
 */
@RestController
@Tag(name = "Evidence documents", description = "A platform's evidence documents, the events citing them, downloads")
@RequestMapping("/api/v1/platforms/{platformId}/documents")
public class DocumentQueryController {

    private final EvidenceDocuments documents;
    private final ReadYourWrites reads;

    public DocumentQueryController(EvidenceDocuments documents, ReadYourWrites reads) {
        this.documents = documents;
        this.reads = reads;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDocuments", summary = "The platform's evidence documents and the events citing them")
    public List<DocumentView> list(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        reads.platform(platformId, minVersion);
        return documents.ofPlatform(platformId);
    }

    @GetMapping(path = "/{sha256}", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "downloadDocument", summary = "Download an evidence document by its SHA-256")
    public ResponseEntity<byte[]> download(@PathVariable String platformId, @PathVariable String sha256) {
        reads.platform(platformId, null);
        EvidenceDocuments.Content content = (sha256.matches("[0-9a-f]{64}")
                ? documents.content(platformId, sha256) : java.util.Optional.<EvidenceDocuments.Content>empty())
                .orElseThrow(() -> new QueryProblem(ErrorCode.NOT_FOUND, "sha256",
                        "no document " + sha256 + " on platform " + platformId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .body(content.bytes());
    }
}
