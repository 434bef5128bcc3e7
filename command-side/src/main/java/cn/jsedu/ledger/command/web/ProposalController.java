package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.ApproveProposalCommand;
import cn.jsedu.ledger.command.platform.WithdrawProposalCommand;
import cn.jsedu.ledger.command.web.request.ApprovalOfProposalRequest;
import cn.jsedu.ledger.command.web.request.WithdrawalRequest;
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


/**
 * Four eyes: a second province administrator approves a proposed decision, plan revision or suspension, which
 * then takes effect; the proposer cannot approve it. A pending proposal can be withdrawn.
 */
@RestController
@Tag(name = "Proposals",
        description = "Four eyes: a second administrator approves (or the first withdraws) a proposed change")
@RequestMapping(path = "/api/v1/platforms/{platformId}/proposals/{proposalId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ProposalController {


    private final CommandSubmitter submitter;
    private final Ids ids;

    public ProposalController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/approval")
    @Operation(operationId = "approveProposal", summary = "Approve a pending proposal as a second administrator")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> approve(@PathVariable String platformId, @PathVariable String proposalId,
                                                   @Valid @RequestBody ApprovalOfProposalRequest body,
                                                   HttpServletRequest request) {
        ApproveProposalCommand command = new ApproveProposalCommand(ids.platform(platformId), proposal(proposalId),
                Issuer.username());
        return submitter.submit(command, body, Why.reason(body.remark()), HttpStatus.OK, request);
    }

    @PostMapping("/withdrawal")
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a pending proposal")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> withdraw(@PathVariable String platformId, @PathVariable String proposalId,
                                                    @Valid @RequestBody WithdrawalRequest body, HttpServletRequest request) {
        WithdrawProposalCommand command = new WithdrawProposalCommand(ids.platform(platformId), proposal(proposalId),
                Issuer.username(), body.reason());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.OK, request);
    }

    static String proposal(String proposalId) {
        if (!Identifiers.isWellFormed(proposalId)) {
            throw new CommandRefusedException(cn.jsedu.ledger.kernel.error.ErrorCode.UNKNOWN_PROPOSAL, "proposalId",
                    "no proposal " + proposalId);
        }
        return proposalId;
    }
}
