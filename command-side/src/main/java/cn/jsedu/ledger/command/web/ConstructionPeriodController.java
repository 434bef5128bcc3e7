package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.ExtendConstructionCommand;
import cn.jsedu.ledger.command.platform.OverrideAcceptanceGateCommand;
import cn.jsedu.ledger.command.web.request.AcceptanceOverrideRequest;
import cn.jsedu.ledger.command.web.request.ExtensionRequest;
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

/**
 * The construction period and the acceptance gate (ADR 0022): an extension (延期) and an override of the gate are
 * proposals (202 Accepted, the entry id is the proposal's) that take effect when another province administrator
 * approves them ({@link ProposalController}).
 */
@RestController
@Tag(name = "Construction period and acceptance gate",
        description = "Extensions of the construction period and overrides of the acceptance gate, both with four eyes")
@RequestMapping(path = "/api/v1/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ConstructionPeriodController {

    private final CommandSubmitter submitter;
    private final Ids ids;

    public ConstructionPeriodController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/extensions")
    @Operation(operationId = "proposeExtension", summary = "Propose an extension of the construction period (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> extend(@PathVariable String platformId,
                                                  @Valid @RequestBody ExtensionRequest body, HttpServletRequest request) {
        ExtendConstructionCommand command = new ExtendConstructionCommand(ids.platform(platformId), ids.newId(),
                Issuer.username(), body.newEnd(), body.reason(), body.decisionRef());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.ACCEPTED, request);
    }

    @PostMapping("/acceptance-overrides")
    @Operation(operationId = "proposeAcceptanceOverride",
            summary = "Propose an acceptance request past a readiness checklist that is not READY (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> override(@PathVariable String platformId,
                                                    @Valid @RequestBody AcceptanceOverrideRequest body,
                                                    HttpServletRequest request) {
        OverrideAcceptanceGateCommand command = new OverrideAcceptanceGateCommand(ids.platform(platformId), ids.newId(),
                Issuer.username(), body.requestedOn(), body.reason());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.ACCEPTED, request);
    }
}
