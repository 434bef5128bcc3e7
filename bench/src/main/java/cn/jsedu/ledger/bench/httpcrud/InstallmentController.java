package cn.jsedu.ledger.bench.httpcrud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** POST /api/v1/platforms/{id}/installments with the product's request body, answered like the product's API. */
@RestController
class InstallmentController {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final String MONEY = "(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?";

    record InstallmentRequest(@NotNull @Pattern(regexp = ID) String entryId, @NotNull String source,
                              @Pattern(regexp = ID) String partyId, @NotNull String form,
                              @NotNull @Pattern(regexp = MONEY) String amount, @NotNull LocalDate effectiveDate,
                              @NotBlank String voucherRef, String appraisalRef) {
    }

    record Recorded(String platformId, String entryId, long version) {
    }

    private final Ledger ledger;

    InstallmentController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/platforms/{platformId}/installments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> record(@PathVariable @Pattern(regexp = ID) String platformId,
                                    @Valid @RequestBody InstallmentRequest body,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        long version = ledger.record(platformId, body.entryId(), body.source(), body.form(), Ledger.fen(body.amount()),
                body.effectiveDate(), body.voucherRef(), key);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(platformId, body.entryId(), version));
    }

    @ExceptionHandler(Ledger.Refused.class)
    ResponseEntity<ProblemDetail> refused(Ledger.Refused e) {
        return ResponseEntity.unprocessableEntity().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()));
    }
}
