package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.programme.ApproveProgrammeProposalCommand;
import cn.jsedu.ledger.command.programme.ProposeParameterChangeCommand;
import cn.jsedu.ledger.command.programme.ProposeProgrammeCommand;
import cn.jsedu.ledger.command.programme.WithdrawProgrammeProposalCommand;
import cn.jsedu.ledger.command.security.Permissions;
import cn.jsedu.ledger.command.web.request.ApprovalOfProposalRequest;
import cn.jsedu.ledger.command.web.request.ParameterChangeRequest;
import cn.jsedu.ledger.command.web.request.ProgrammeRequest;
import cn.jsedu.ledger.command.web.request.WithdrawalRequest;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.programme.InvalidParameterException;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
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
 * Programmes and their rules (docs/domain.md §9, ADR 0019): a new programme and a rule change are proposals (202, the
 * entry id is the proposal's) that take effect when another province administrator approves them; the proposer cannot
 * approve its own, and may withdraw it.
 */
@RestController
@Tag(name = "Programmes", description = "Programmes and their rules: establishment and rule changes, with four eyes")
@RequestMapping(path = "/api/v1/programmes", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ProgrammeCommandController {

    private final CommandSubmitter submitter;
    private final Ids ids;
    private final Permissions permissions;
    private final ProgrammeParameters plan;

    public ProgrammeCommandController(CommandSubmitter submitter, Ids ids, Permissions permissions,
                                      ProgrammeParameters plan) {
        this.submitter = submitter;
        this.ids = ids;
        this.permissions = permissions;
        this.plan = plan;
    }

    @PostMapping
    @Operation(operationId = "proposeProgramme",
            summary = "Propose a new programme with its parameters (the plan's where left out; four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> propose(@Valid @RequestBody ProgrammeRequest body,
                                                   HttpServletRequest request) {
        permissions.requireMayEstablishProgrammes();
        ParameterChanges differences = body.parameters() == null ? ParameterChanges.NONE : body.parameters().toChanges();
        ProgrammeParameters parameters;
        try {
            parameters = plan.with(differences);
        } catch (InvalidParameterException e) {
            throw new CommandRefusedException(ErrorCode.INVALID_PARAMETER, "parameters." + e.parameter(), e.getMessage());
        }
        ProposeProgrammeCommand command = new ProposeProgrammeCommand(ProgrammeId.of(body.programmeId()),
                ids.newId(), Issuer.username(), body.name(), parameters);
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.ACCEPTED,
                request);
    }

    @PostMapping("/{programmeId}/parameter-changes")
    @Operation(operationId = "proposeParameterChange",
            summary = "Propose a change of the programme's parameters from an effective date (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> proposeChange(@PathVariable String programmeId,
                                                         @Valid @RequestBody ParameterChangeRequest body,
                                                         HttpServletRequest request) {
        ProposeParameterChangeCommand command = new ProposeParameterChangeCommand(ids.programme(programmeId),
                ids.newId(), Issuer.username(), body.effectiveFrom(), body.parameters().toChanges(), body.reason(),
                body.decisionRef());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.ACCEPTED,
                request);
    }

    @PostMapping("/{programmeId}/proposals/{proposalId}/approval")
    @Operation(operationId = "approveProgrammeProposal",
            summary = "Approve a programme's pending proposal as a second administrator")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> approve(@PathVariable String programmeId, @PathVariable String proposalId,
                                                   @Valid @RequestBody ApprovalOfProposalRequest body,
                                                   HttpServletRequest request) {
        ApproveProgrammeProposalCommand command = new ApproveProgrammeProposalCommand(ids.programme(programmeId),
                ProposalController.proposal(proposalId), Issuer.username());
        return submitter.submit(command, body, Why.reason(body.remark()), HttpStatus.OK, request);
    }

    @PostMapping("/{programmeId}/proposals/{proposalId}/withdrawal")
    @Operation(operationId = "withdrawProgrammeProposal", summary = "Withdraw a programme's pending proposal")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> withdraw(@PathVariable String programmeId, @PathVariable String proposalId,
                                                    @Valid @RequestBody WithdrawalRequest body,
                                                    HttpServletRequest request) {
        WithdrawProgrammeProposalCommand command = new WithdrawProgrammeProposalCommand(ids.programme(programmeId),
                ProposalController.proposal(proposalId), Issuer.username(), body.reason());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.OK, request);
    }
}
