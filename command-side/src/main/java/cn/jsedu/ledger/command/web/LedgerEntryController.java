package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.RecordAdjustmentCommand;
import cn.jsedu.ledger.command.platform.RecordEnterpriseContributionCommand;
import cn.jsedu.ledger.command.platform.RecordExpenditureCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.command.platform.RecordRecoveryCommand;
import cn.jsedu.ledger.command.security.Permissions;
import cn.jsedu.ledger.command.web.request.AdjustmentRequest;
import cn.jsedu.ledger.command.web.request.EnterpriseContributionRequest;
import cn.jsedu.ledger.command.web.request.ExpenditureRequest;
import cn.jsedu.ledger.command.web.request.InstallmentRequest;
import cn.jsedu.ledger.command.web.request.RecoveryRequest;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
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

/** Money: installments, enterprise contributions, expenditures, corrections and recoveries. */
@RestController
@Tag(name = "Ledger entries",
        description = "Money in and out: installments, enterprise contributions, expenditures, corrections, recoveries")
@RequestMapping(path = "/api/v1/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class LedgerEntryController {

    private final CommandSubmitter submitter;
    private final Ids ids;
    private final Permissions permissions;

    public LedgerEntryController(CommandSubmitter submitter, Ids ids, Permissions permissions) {
        this.submitter = submitter;
        this.ids = ids;
        this.permissions = permissions;
    }

    @PostMapping("/installments")
    @Operation(operationId = "recordInstallment", summary = "Record an installment that arrived")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> recordInstallment(@PathVariable String platformId,
                                                             @Valid @RequestBody InstallmentRequest body,
                                                             HttpServletRequest request) {
        permissions.requireMayRecordInstallmentOf(body.source());
        RecordInstallmentCommand command = new RecordInstallmentCommand(ids.platform(platformId), entryId(body.entryId()),
                body.source(), body.partyId() == null ? null : PartyId.of(body.partyId()), body.form(),
                Money.parse(body.amount()), body.effectiveDate(), body.voucherRef(), body.appraisalRef(),
                Citations.documents(body.documents()));
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/enterprise-contributions")
    @Operation(operationId = "recordEnterpriseContribution", summary = "Record an enterprise contribution")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> recordContribution(@PathVariable String platformId,
                                                              @Valid @RequestBody EnterpriseContributionRequest body,
                                                              HttpServletRequest request) {
        RecordEnterpriseContributionCommand command = new RecordEnterpriseContributionCommand(ids.platform(platformId),
                entryId(body.entryId()), PartyId.of(body.partyId()), body.form(), Money.parse(body.amount()),
                body.effectiveDate(), body.voucherRef(), body.appraisalRef(),
                Citations.documents(body.documents()));
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/expenditures")
    @Operation(operationId = "recordExpenditure", summary = "Record an expenditure")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> recordExpenditure(@PathVariable String platformId,
                                                             @Valid @RequestBody ExpenditureRequest body,
                                                             HttpServletRequest request) {
        RecordExpenditureCommand command = new RecordExpenditureCommand(ids.platform(platformId), entryId(body.entryId()),
                body.category(), body.chargedSource(), body.partyId() == null ? null : PartyId.of(body.partyId()),
                Money.parse(body.amount()), body.effectiveDate(), body.voucherRef(),
                Citations.documents(body.documents()));
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/adjustments")
    @Operation(operationId = "recordAdjustment", summary = "Correct the amount of an earlier entry")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> recordAdjustment(@PathVariable String platformId,
                                                            @Valid @RequestBody AdjustmentRequest body,
                                                            HttpServletRequest request) {
        RecordAdjustmentCommand command = new RecordAdjustmentCommand(ids.platform(platformId), entryId(body.entryId()),
                EntryId.of(body.originalEntryId()), Money.parse(body.correctedAmount()), body.reason(), Issuer.role());
        return submitter.submit(command, body, Why.reason(body.reason()), HttpStatus.CREATED, request);
    }

    @PostMapping("/recoveries")
    @Operation(operationId = "recordRecovery", summary = "Record a recovery of funds")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> recordRecovery(@PathVariable String platformId,
                                                          @Valid @RequestBody RecoveryRequest body,
                                                          HttpServletRequest request) {
        RecordRecoveryCommand command = new RecordRecoveryCommand(ids.platform(platformId), entryId(body.entryId()),
                body.source(), Money.parse(body.amount()), body.effectiveDate(), body.reason(), body.decisionRef(),
                Issuer.role());
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.CREATED, request);
    }

    private EntryId entryId(String given) {
        return EntryId.of(given == null ? ids.newId() : given);
    }
}
