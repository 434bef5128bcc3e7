package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.support.problem.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tamper evidence for auditors (ADR 0010): verification of one platform or the whole programme against a signed
 * checkpoint, signing a checkpoint now, the latest checkpoint and the public key to check it with, and a
 * platform's stored history as JSON lines for the offline verifier.
 */
@RestController
@Tag(name = "Verification", description = "Hash chains of the event store and signed checkpoints, for auditors")
@RequestMapping("/api/v1")
public class VerificationController {

    private final LedgerVerification verification;
    private final Checkpoints checkpoints;
    private final EventChainRows rows;

    public VerificationController(LedgerVerification verification, Checkpoints checkpoints, EventChainRows rows) {
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.rows = rows;
    }

    @GetMapping(path = "/platforms/{id}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verifyPlatform",
            summary = "Verify the platform's hash chain, optionally against a signed checkpoint")
    public PlatformVerificationReport platform(@PathVariable String id,
                                               @RequestParam(required = false) Long checkpoint) {
        return verification.platform(id, checkpoint).orElseThrow(() -> notFound("no platform " + id));
    }

    @GetMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verifyProgramme", summary = "Verify every platform's hash chain")
    public ProgrammeVerificationReport programme(@RequestParam(required = false) Long checkpoint) {
        return verification.programme(checkpoint);
    }

    @PostMapping(path = "/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "signCheckpoint", summary = "Sign a checkpoint of every platform's chain head")
    @ApiResponse(responseCode = "201")
    public ResponseEntity<JsonNode> sign() {
        Checkpoints.Created created = checkpoints.create();
        return ResponseEntity.created(URI.create("/api/v1/checkpoints/" + created.signed().checkpoint().counter()))
                .body(CheckpointJson.toJson(created.signed(), created.brokenPlatforms()));
    }

    @GetMapping(path = "/checkpoints/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getLatestCheckpoint", summary = "The newest valid signed checkpoint")
    public JsonNode latest() {
        Checkpoints.Newest newest = checkpoints.newestValid();
        if (newest.checkpoint() == null) {
            throw notFound("no checkpoint has been signed yet");
        }
        return CheckpointJson.toJson(newest.signed(), null);
    }

    @GetMapping(path = "/checkpoints/{counter}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getCheckpoint", summary = "A signed checkpoint by its counter")
    public JsonNode checkpoint(@PathVariable long counter) {
        return CheckpointJson.toJson(checkpoints.valid(counter).orElseThrow(() -> notFound("no checkpoint #" + counter)),
                null);
    }

    /** PEM, as openssl and the offline verifier read it. */
    @GetMapping(path = "/checkpoints/public-key", produces = "application/x-pem-file")
    @Operation(operationId = "getCheckpointPublicKey", summary = "The checkpoint signing key (PEM)")
    public String publicKey() {
        return checkpoints.publicKeyPem();
    }

    @GetMapping(path = "/platforms/{id}/export", produces = HistoryLines.MEDIA_TYPE)
    @Operation(operationId = "exportHistoryLines", summary = "The platform's events as lines for offline verification")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String id) {
        if (!rows.exists(id)) {
            throw notFound("no platform " + id);
        }
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows.platform(id, (index, row) -> {
                try {
                    writer.write(HistoryLines.line(index, row));
                    writer.write('\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history.jsonl\"")
                .contentType(MediaType.parseMediaType(HistoryLines.MEDIA_TYPE)).body(body);
    }

    @ExceptionHandler(LedgerVerification.UnknownCheckpointException.class)
    ResponseEntity<ProblemDetail> unknown(RuntimeException e, HttpServletRequest request) {
        // the ledger's problem shape (code, correlation id) like every other refusal
        return Problems.of(ErrorCode.NOT_FOUND, HttpStatus.NOT_FOUND, e.getMessage(), List.of(), request);
    }

    /** A stored checkpoint that does not verify was asked for by number: that itself is evidence of tampering. */
    @ExceptionHandler(Checkpoints.InvalidCheckpointException.class)
    ResponseEntity<ProblemDetail> invalid(RuntimeException e) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage())).build();
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
