package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.CloseFindingCommand;
import cn.jsedu.ledger.command.platform.RecordFindingCommand;
import cn.jsedu.ledger.command.platform.ReopenFindingCommand;
import cn.jsedu.ledger.command.platform.SubmitRectificationCommand;
import cn.jsedu.ledger.command.web.request.FindingClosureRequest;
import cn.jsedu.ledger.command.web.request.FindingReopeningRequest;
import cn.jsedu.ledger.command.web.request.FindingRequest;
import cn.jsedu.ledger.command.web.request.RectificationRequest;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.Identifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Audit findings and their rectification (审计发现 → 整改): an auditor records a finding, the college answers it, the
 * education department closes or reopens it. The entry id of each answer is the finding's id.
 */
@RestController
@Tag(name = "Findings", description = "Audit findings and their rectification (审计发现, 整改)")
@RequestMapping(path = "/api/v1/platforms/{platformId}/findings", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class FindingController {


    private final CommandSubmitter submitter;
    private final Ids ids;

    public FindingController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping
    @Operation(operationId = "recordFinding", summary = "Record an audit finding (auditors)")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> record(@PathVariable String platformId,
                                                  @Valid @RequestBody FindingRequest body, HttpServletRequest request) {
        RecordFindingCommand command = new RecordFindingCommand(ids.platform(platformId),
                body.findingId() == null ? ids.newId() : body.findingId(), body.category(), body.text(),
                body.evidenceEventIds() == null ? List.of() : body.evidenceEventIds(),
                Citations.documents(body.documents()), body.deadline());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/{findingId}/rectification")
    @Operation(operationId = "submitRectification", summary = "Answer a finding with the college's rectification")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> rectify(@PathVariable String platformId,
                                                   @PathVariable String findingId,
                                                   @Valid @RequestBody RectificationRequest body,
                                                   HttpServletRequest request) {
        SubmitRectificationCommand command = new SubmitRectificationCommand(ids.platform(platformId),
                finding(findingId), body.text(), Citations.documents(body.documents()));
        return submitter.submit(command, body, Why.NONE, HttpStatus.OK, request);
    }

    @PostMapping("/{findingId}/closure")
    @Operation(operationId = "closeFinding", summary = "Close an answered finding (education department)")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> close(@PathVariable String platformId,
                                                 @PathVariable String findingId,
                                                 @Valid @RequestBody FindingClosureRequest body,
                                                 HttpServletRequest request) {
        CloseFindingCommand command = new CloseFindingCommand(ids.platform(platformId), finding(findingId),
                body.remarks());
        return submitter.submit(command, body, new Why(body.remarks(), null), HttpStatus.OK, request);
    }

    @PostMapping("/{findingId}/reopening")
    @Operation(operationId = "reopenFinding", summary = "Reopen a finding with a new deadline (education department)")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> reopen(@PathVariable String platformId,
                                                  @PathVariable String findingId,
                                                  @Valid @RequestBody FindingReopeningRequest body,
                                                  HttpServletRequest request) {
        ReopenFindingCommand command = new ReopenFindingCommand(ids.platform(platformId), finding(findingId),
                body.reason(), body.deadline());
        return submitter.submit(command, body, new Why(body.reason(), null), HttpStatus.OK, request);
    }

    /** A path id that cannot be a finding id names no finding. */
    private static String finding(String findingId) {
        if (!Identifiers.isWellFormed(findingId)) {
            throw new CommandRefusedException(ErrorCode.UNKNOWN_FINDING, "findingId", "no finding " + findingId);
        }
        return findingId;
    }
}
