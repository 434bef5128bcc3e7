package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.ConfirmProvincialArrivalCommand;
import cn.jsedu.ledger.command.platform.RecordProvincialAllocationCommand;
import cn.jsedu.ledger.command.platform.RecordProvincialPaymentCommand;
import cn.jsedu.ledger.command.web.request.ProvincialAllocationRequest;
import cn.jsedu.ledger.command.web.request.ProvincialArrivalRequest;
import cn.jsedu.ledger.command.web.request.ProvincialPaymentRequest;
import cn.jsedu.ledger.kernel.id.EntryId;
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

/**
 * The provincial money chain (docs/domain.md §9): the finance office allocates (指标下达) and pays (拨付), the college
 * confirms the arrival (到账), which records the payment's provincial installment.
 */
@RestController
@Tag(name = "Provincial money chain",
        description = "Provincial funds from allocation (指标下达) through payment (拨付) to arrival at the college (到账)")
@RequestMapping(path = "/api/v1/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ProvincialChainController {

    private final CommandSubmitter submitter;
    private final Ids ids;

    public ProvincialChainController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/provincial-allocations")
    @Operation(operationId = "recordProvincialAllocation", summary = "Record an allocation of provincial funds (指标下达)")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> allocate(@PathVariable String platformId,
                                                    @Valid @RequestBody ProvincialAllocationRequest body,
                                                    HttpServletRequest request) {
        RecordProvincialAllocationCommand command = new RecordProvincialAllocationCommand(ids.platform(platformId),
                body.allocationId() == null ? ids.newId() : body.allocationId(), Money.parse(body.amount()),
                body.allocatedOn(), body.documentNumber());
        return submitter.submit(command, body, new Why(null, body.documentNumber()), HttpStatus.CREATED, request);
    }

    @PostMapping("/provincial-payments")
    @Operation(operationId = "recordProvincialPayment", summary = "Record a payment of an allocation (拨付)")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> pay(@PathVariable String platformId,
                                               @Valid @RequestBody ProvincialPaymentRequest body,
                                               HttpServletRequest request) {
        RecordProvincialPaymentCommand command = new RecordProvincialPaymentCommand(ids.platform(platformId),
                body.paymentId() == null ? ids.newId() : body.paymentId(), body.allocationId(),
                Money.parse(body.amount()), body.paidOn(), body.voucherRef());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }

    @PostMapping("/provincial-arrivals")
    @Operation(operationId = "confirmProvincialArrival",
            summary = "Confirm that a payment arrived (到账): records its provincial installment")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> confirmArrival(@PathVariable String platformId,
                                                          @Valid @RequestBody ProvincialArrivalRequest body,
                                                          HttpServletRequest request) {
        ConfirmProvincialArrivalCommand command = new ConfirmProvincialArrivalCommand(ids.platform(platformId),
                EntryId.of(body.entryId() == null ? ids.newId() : body.entryId()), body.paymentId(), body.arrivedOn(),
                body.voucherRef());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }
}
