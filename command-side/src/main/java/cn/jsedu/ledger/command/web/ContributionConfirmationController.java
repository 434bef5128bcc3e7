package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.ConfirmContributionCommand;
import cn.jsedu.ledger.command.platform.DisputeContributionCommand;
import cn.jsedu.ledger.command.web.request.ConfirmationRequest;
import cn.jsedu.ledger.command.web.request.DisputeRequest;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.support.security.LedgerUser;
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
 * Enterprise confirmation (ADR 0022): the representative of the enterprise a contribution names confirms it or
 * disputes it with a reason. The enterprise is the representative's binding (its credit code), never the body's.
 */
@RestController
@Tag(name = "Enterprise confirmation",
        description = "An enterprise representative confirms or disputes the contributions recorded in its name")
@RequestMapping(path = "/api/v1/platforms/{platformId}/enterprise-contributions/{entryId}",
        consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
public class ContributionConfirmationController {

    private final CommandSubmitter submitter;
    private final Ids ids;

    public ContributionConfirmationController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/confirmation")
    @Operation(operationId = "confirmContribution", summary = "Confirm a contribution recorded in your enterprise's name")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> confirm(@PathVariable String platformId, @PathVariable String entryId,
                                                   @RequestBody ConfirmationRequest body, HttpServletRequest request) {
        ConfirmContributionCommand command = new ConfirmContributionCommand(ids.platform(platformId), entry(entryId),
                enterprise());
        return submitter.submit(command, body, Why.NONE, HttpStatus.OK, request);
    }

    @PostMapping("/dispute")
    @Operation(operationId = "disputeContribution", summary = "Dispute a contribution recorded in your enterprise's name")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> dispute(@PathVariable String platformId, @PathVariable String entryId,
                                                   @Valid @RequestBody DisputeRequest body, HttpServletRequest request) {
        DisputeContributionCommand command = new DisputeContributionCommand(ids.platform(platformId), entry(entryId),
                enterprise(), body.reason());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.OK, request);
    }

    private static String entry(String pathId) {
        try {
            return EntryId.of(pathId).value();
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.NOT_A_CONTRIBUTION, "entryId", "no contribution " + pathId);
        }
    }

    private static String enterprise() {
        LedgerUser user = LedgerUser.current();
        return user == null ? null : user.enterprise();
    }
}
