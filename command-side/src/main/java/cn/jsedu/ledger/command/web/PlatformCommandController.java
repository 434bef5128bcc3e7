package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.ApprovePlatformCommand;
import cn.jsedu.ledger.command.platform.DeclarePlatformCommand;
import cn.jsedu.ledger.command.platform.RejectPlatformCommand;
import cn.jsedu.ledger.command.platform.ResumePlatformCommand;
import cn.jsedu.ledger.command.platform.ReviseFundingPlanCommand;
import cn.jsedu.ledger.command.platform.SignAgreementCommand;
import cn.jsedu.ledger.command.platform.SuspendPlatformCommand;
import cn.jsedu.ledger.command.security.Permissions;
import cn.jsedu.ledger.command.web.request.AgreementRequest;
import cn.jsedu.ledger.command.web.request.ApprovalRequest;
import cn.jsedu.ledger.command.web.request.DeclarePlatformRequest;
import cn.jsedu.ledger.command.web.request.BudgetLineRequest;
import cn.jsedu.ledger.command.web.request.PlanLineRequest;
import cn.jsedu.ledger.command.web.request.PlanRevisionRequest;
import cn.jsedu.ledger.command.web.request.ReasonRequest;
import cn.jsedu.ledger.kernel.id.AgreementId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.platform.College;
import cn.jsedu.ledger.kernel.platform.EnterpriseParty;
import cn.jsedu.ledger.kernel.platform.PlanLine;
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
 * Declaration, approval, agreements, plan revisions and suspension: the platform's lifecycle commands. Plan
 * revisions and suspensions are proposals (202 Accepted, the entry id is the proposal's) that take effect when
 * another province administrator approves them ({@link ProposalController}).
 */
@RestController
@Tag(name = "Platforms",
        description = "A platform's life: declaration, approval or rejection, agreements, plan revisions, suspension")
@RequestMapping(path = "/api/v1/platforms", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class PlatformCommandController {

    private final CommandSubmitter submitter;
    private final Ids ids;
    private final Permissions permissions;

    public PlatformCommandController(CommandSubmitter submitter, Ids ids, Permissions permissions) {
        this.submitter = submitter;
        this.ids = ids;
        this.permissions = permissions;
    }

    @PostMapping
    @Operation(operationId = "declarePlatform", summary = "Declare a platform in a programme")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> declare(@Valid @RequestBody DeclarePlatformRequest body,
                                                   HttpServletRequest request) {
        permissions.requireMayDeclareFor(body.college().code());
        ProgrammeId programmeId = permissions.programmeToDeclareIn(body.programmeId());
        PlatformId platformId = PlatformId.of(body.platformId() == null ? ids.newId() : body.platformId());
        DeclarePlatformCommand command = new DeclarePlatformCommand(platformId, programmeId,
                new College(body.college().code(), body.college().name(), body.college().city()), body.majorGroup(), body.industry(),
                body.title(),
                body.enterprises().stream().map(e -> new EnterpriseParty(e.partyId(), e.name(), e.creditCode())).toList(),
                plan(body.plan()));
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/{platformId}/approval")
    @Operation(operationId = "approvePlatform", summary = "Approve a declared platform")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> approve(@PathVariable String platformId,
                                                   @Valid @RequestBody ApprovalRequest body, HttpServletRequest request) {
        ApprovePlatformCommand command = new ApprovePlatformCommand(ids.platform(platformId), body.batch(),
                body.constructionStart(), body.decisionRef(), body.plan() == null ? null : plan(body.plan()));
        return submitter.submit(command, body, new Why(null, body.decisionRef()), HttpStatus.OK, request);
    }

    @PostMapping("/{platformId}/rejection")
    @Operation(operationId = "rejectPlatform", summary = "Reject a declared platform")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> reject(@PathVariable String platformId,
                                                  @Valid @RequestBody ReasonRequest body, HttpServletRequest request) {
        RejectPlatformCommand command = new RejectPlatformCommand(ids.platform(platformId), body.reason(),
                body.decisionRef());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.OK, request);
    }

    @PostMapping("/{platformId}/agreements")
    @Operation(operationId = "signAgreement", summary = "Sign a co-construction agreement")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> signAgreement(@PathVariable String platformId,
                                                         @Valid @RequestBody AgreementRequest body,
                                                         HttpServletRequest request) {
        SignAgreementCommand command = new SignAgreementCommand(ids.platform(platformId),
                AgreementId.of(body.agreementId() == null ? ids.newId() : body.agreementId()), body.signedOn(),
                body.toParties(), body.toPledges(), body.termsRef());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/{platformId}/plan-revisions")
    @Operation(operationId = "proposePlanRevision", summary = "Propose a revision of the funding plan (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> revisePlan(@PathVariable String platformId,
                                                      @Valid @RequestBody PlanRevisionRequest body,
                                                      HttpServletRequest request) {
        ReviseFundingPlanCommand command = new ReviseFundingPlanCommand(ids.platform(platformId), ids.newId(),
                Issuer.username(), plan(body.plan()), body.reason(), body.decisionRef(),
                BudgetLineRequest.toBudget(body.budget()));
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.ACCEPTED, request);
    }

    @PostMapping("/{platformId}/suspension")
    @Operation(operationId = "proposeSuspension", summary = "Propose a suspension (four eyes)")
    @CommandAnswer.Proposed
    public ResponseEntity<CommandResponse> suspend(@PathVariable String platformId,
                                                   @Valid @RequestBody ReasonRequest body, HttpServletRequest request) {
        SuspendPlatformCommand command = new SuspendPlatformCommand(ids.platform(platformId), ids.newId(),
                Issuer.username(), body.reason(), body.decisionRef());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.ACCEPTED, request);
    }

    @PostMapping("/{platformId}/resumption")
    @Operation(operationId = "resumePlatform", summary = "Resume a suspended platform")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> resume(@PathVariable String platformId,
                                                  @Valid @RequestBody ReasonRequest body, HttpServletRequest request) {
        ResumePlatformCommand command = new ResumePlatformCommand(ids.platform(platformId), body.reason(),
                body.decisionRef());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.OK, request);
    }

    private static List<PlanLine> plan(List<PlanLineRequest> lines) {
        return lines.stream().map(PlanLineRequest::toPlanLine).toList();
    }
}
