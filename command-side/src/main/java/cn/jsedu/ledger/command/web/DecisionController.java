package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.RecordPerformanceDecisionCommand;
import cn.jsedu.ledger.command.platform.RequestAcceptanceCommand;
import cn.jsedu.ledger.command.platform.ReviewAcceptanceCommand;
import cn.jsedu.ledger.command.web.request.AcceptanceRequestRequest;
import cn.jsedu.ledger.command.web.request.AcceptanceReviewRequest;
import cn.jsedu.ledger.command.web.request.DecisionRequest;
import cn.jsedu.ledger.kernel.id.DecisionId;
import cn.jsedu.ledger.kernel.money.Money;
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

/** Performance decisions (proposed here, effective once another administrator approves) and acceptance. */
@RestController
@Tag(name = "Decisions and acceptance",
        description = "Performance decisions of the education department, acceptance requests and reviews")
@RequestMapping(path = "/api/v1/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class DecisionController {

    private final CommandSubmitter submitter;
    private final Ids ids;

    public DecisionController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/decisions")
    @Operation(operationId = "proposeDecision", summary = "Propose a performance decision (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> recordDecision(@PathVariable String platformId,
                                                          @Valid @RequestBody DecisionRequest body,
                                                          HttpServletRequest request) {
        RecordPerformanceDecisionCommand command = new RecordPerformanceDecisionCommand(ids.platform(platformId),
                ids.newId(), Issuer.username(), DecisionId.of(body.decisionId() == null ? ids.newId() : body.decisionId()), body.type(),
                body.amount() == null ? null : Money.parse(body.amount()), body.basis(), body.decisionRef(),
                body.decidedOn());
        return submitter.submit(command, body, new Why(body.basis(), body.decisionRef()), HttpStatus.ACCEPTED, request);
    }

    @PostMapping("/acceptance-requests")
    @Operation(operationId = "requestAcceptance", summary = "Request acceptance of the platform")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> requestAcceptance(@PathVariable String platformId,
                                                             @Valid @RequestBody AcceptanceRequestRequest body,
                                                             HttpServletRequest request) {
        RequestAcceptanceCommand command = new RequestAcceptanceCommand(ids.platform(platformId), body.requestedOn());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/acceptance-reviews")
    @Operation(operationId = "reviewAcceptance", summary = "Record the result of the acceptance review")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> reviewAcceptance(@PathVariable String platformId,
                                                            @Valid @RequestBody AcceptanceReviewRequest body,
                                                            HttpServletRequest request) {
        ReviewAcceptanceCommand command = new ReviewAcceptanceCommand(ids.platform(platformId), body.result(),
                body.reviewedOn(), body.panel(), body.remarks());
        return submitter.submit(command, body, Why.reason(body.remarks()), HttpStatus.CREATED, request);
    }
}
