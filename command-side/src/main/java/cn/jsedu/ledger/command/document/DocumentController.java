package cn.jsedu.ledger.command.document;

import cn.jsedu.ledger.command.web.CommandRefusedException;
import cn.jsedu.ledger.command.web.Ids;
import cn.jsedu.ledger.command.web.Issuer;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload of an evidence document to a platform (docs/adr/0021): the bytes as the body, the type decided from them.
 * Content-addressed, so an upload is idempotent by nature: the same bytes again answer the same hash and store
 * nothing new. Commands then cite the hash next to their references ({@code documents[]}).
 */
@RestController
@Tag(name = "Evidence documents",
        description = "Voucher scans, appraisal reports, agreements, decision documents: stored by their SHA-256")
@RequestMapping(path = "/api/v1/platforms/{platformId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class DocumentController {

    private final EvidenceDocumentStore store;
    private final Ids ids;
    private final PlatformOwnership ownership;

    public DocumentController(EvidenceDocumentStore store, Ids ids, PlatformOwnership ownership) {
        this.store = store;
        this.ids = ids;
        this.ownership = ownership;
    }

    /** The stored document: its hash (what commands cite), its type as detected, its size. */
    public record DocumentUploadView(String platformId, String sha256, String mediaType, long sizeBytes) {
    }

    @PostMapping(path = DocumentSettings.UPLOAD_PATH, consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(operationId = "uploadDocument", summary = "Upload an evidence document (PDF, PNG, JPEG, XLSX, DOCX)",
            description = "The body is the file's bytes; its type is decided from its content, never from the name "
                    + "or Content-Type. The answer's sha256 is what commands cite in documents[].")
    @ApiResponse(responseCode = "201", description = "Stored (or already stored): the document's hash, type and size")
    public ResponseEntity<DocumentUploadView> upload(@PathVariable String platformId,
                                                     @Parameter(description = "the file's name, kept for display")
                                                     @RequestParam(required = false) String fileName,
                                                     @RequestBody byte[] content) {
        String platform = ids.platform(platformId).value();
        if (ownership.collegeOf(platform).isEmpty()) {
            throw new CommandRefusedException(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
        }
        if (fileName != null && (fileName.length() > 255 || !fileName.matches("[^\\p{Cc}\\p{Cf}/\\\\]+"))) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "fileName",
                    "a file name is 1-255 characters without control characters or slashes");
        }
        if (content == null || content.length == 0) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "body", "the document is empty");
        }
        DocumentType type = DocumentType.detect(content).orElseThrow(() -> new CommandRefusedException(
                ErrorCode.DOCUMENT_TYPE_NOT_ALLOWED, "body",
                "the content is none of PDF, PNG, JPEG, XLSX, DOCX (decided from its bytes, not its name)"));
        EvidenceDocumentStore.Stored stored = store.store(platform, content, type, fileName, Issuer.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(new DocumentUploadView(platform, stored.hash().value(),
                type.mediaType(), stored.sizeBytes()));
    }
}
