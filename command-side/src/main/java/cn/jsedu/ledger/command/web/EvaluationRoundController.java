package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.evaluation.ApproveEvaluationPublicationCommand;
import cn.jsedu.ledger.command.evaluation.OpenEvaluationRoundCommand;
import cn.jsedu.ledger.command.evaluation.ProposeEvaluationPublicationCommand;
import cn.jsedu.ledger.command.evaluation.RecordPanelScoreCommand;
import cn.jsedu.ledger.command.evaluation.RoundIds;
import cn.jsedu.ledger.command.evaluation.WithdrawEvaluationPublicationCommand;
import cn.jsedu.ledger.command.security.Permissions;
import cn.jsedu.ledger.command.web.request.ApprovalOfProposalRequest;
import cn.jsedu.ledger.command.web.request.OpenRoundRequest;
import cn.jsedu.ledger.command.web.request.PanelScoreRequest;
import cn.jsedu.ledger.command.web.request.PublicationRequest;
import cn.jsedu.ledger.command.web.request.WithdrawalRequest;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.money.Money;
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
 * Evaluation rounds (ADR 0026), the province administrators' alone: open a round, record the panel's scores, propose
 * the publication of the results (202, the entry id is the proposal's), approve it as a second administrator (the
 * round and every platform of its results, all or nothing) or withdraw it as its proposer.
 */
@RestController
@Tag(name = "Evaluation rounds",
        description = "Evaluation rounds: opening, panel scores, publication of the results with four eyes")
@RequestMapping(path = "/api/v1/evaluation-rounds", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class EvaluationRoundController {

    private final CommandSubmitter submitter;
    private final Ids ids;
    private final Permissions permissions;

    public EvaluationRoundController(CommandSubmitter submitter, Ids ids, Permissions permissions) {
        this.submitter = submitter;
        this.ids = ids;
        this.permissions = permissions;
    }

    @PostMapping
    @Operation(operationId = "openEvaluationRound",
            summary = "Open an evaluation round of a programme (a batch or all) with its reference date and scheme")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> open(@Valid @RequestBody OpenRoundRequest body,
                                                HttpServletRequest request) {
        ProgrammeId programmeId = permissions.programmeToDeclareIn(body.programmeId());
        if (body.referenceDate().getYear() != body.year()) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "referenceDate",
                    "the reference date lies within the round's year " + body.year());
        }
        EvaluationScheme current = EvaluationSchemes.current();
        int version = body.schemeVersion() == null ? current.version() : body.schemeVersion();
        if (EvaluationSchemes.find(current.schemeId(), version).isEmpty()) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "schemeVersion",
                    "no version " + version + " of scheme " + current.schemeId());
        }
        String roundId = body.roundId() != null ? body.roundId()
                : RoundIds.defaultId(programmeId.value(), body.year(), body.kind(), body.batch());
        if (!RoundIds.isWellFormed(roundId)) {
            throw new CommandRefusedException(ErrorCode.VALIDATION_FAILED, "roundId",
                    "the round id " + roundId + " would be longer than 64 characters: name a shorter roundId");
        }
        OpenEvaluationRoundCommand command = new OpenEvaluationRoundCommand(roundId, programmeId.value(), body.kind(),
                body.year(), body.batch(), body.referenceDate(), current.schemeId(), version, Issuer.username());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/{roundId}/panel-scores")
    @Operation(operationId = "recordPanelScore", summary = "Record the panel's score of a panel item for a platform")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> panelScore(@PathVariable String roundId,
                                                      @Valid @RequestBody PanelScoreRequest body,
                                                      HttpServletRequest request) {
        RecordPanelScoreCommand command = new RecordPanelScoreCommand(ids.round(roundId), body.platformId(),
                body.itemCode(), body.centipoints(), body.remarks(), Issuer.username(), scope());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/{roundId}/publication")
    @Operation(operationId = "proposeEvaluationPublication",
            summary = "Propose to publish the round's results from the objective scores as known at knownAt (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> propose(@PathVariable String roundId,
                                                   @Valid @RequestBody PublicationRequest body,
                                                   HttpServletRequest request) {
        ProposeEvaluationPublicationCommand command = new ProposeEvaluationPublicationCommand(ids.round(roundId),
                body.proposalId() == null ? ids.newId() : body.proposalId(), Issuer.username(), body.knownAt(),
                body.results().stream().map(r -> new ProposeEvaluationPublicationCommand.ProposedResult(r.platformId(),
                        r.objective().stream().map(s -> new ItemScore(s.code(), s.centipoints())).toList())).toList(),
                money(body.rewardAmount()), body.failedDecision(), money(body.reductionAmount()),
                body.decidedOn(), scope());
        return submitter.submit(command, body, Why.NONE, HttpStatus.ACCEPTED, request);
    }

    @PostMapping("/{roundId}/proposals/{proposalId}/approval")
    @Operation(operationId = "approveEvaluationPublication",
            summary = "Approve the publication as a second administrator: the round and each platform, all or nothing")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> approve(@PathVariable String roundId, @PathVariable String proposalId,
                                                   @Valid @RequestBody ApprovalOfProposalRequest body,
                                                   HttpServletRequest request) {
        ApproveEvaluationPublicationCommand command = new ApproveEvaluationPublicationCommand(ids.round(roundId),
                ProposalController.proposal(proposalId), Issuer.username(), scope());
        return submitter.submit(command, body, Why.reason(body.remark()), HttpStatus.OK, request);
    }

    @PostMapping("/{roundId}/proposals/{proposalId}/withdrawal")
    @Operation(operationId = "withdrawEvaluationPublication", summary = "Withdraw a proposal to publish (its proposer)")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> withdraw(@PathVariable String roundId, @PathVariable String proposalId,
                                                    @Valid @RequestBody WithdrawalRequest body,
                                                    HttpServletRequest request) {
        WithdrawEvaluationPublicationCommand command = new WithdrawEvaluationPublicationCommand(ids.round(roundId),
                ProposalController.proposal(proposalId), Issuer.username(), body.reason(), scope());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.OK, request);
    }

    /** The user's programme scope (null: every programme); a round of another programme is none to it. */
    private static String scope() {
        LedgerUser user = LedgerUser.current();
        return user == null ? null : user.programme();
    }

    private static Money money(String amount) {
        return amount == null ? null : Money.parse(amount);
    }
}
