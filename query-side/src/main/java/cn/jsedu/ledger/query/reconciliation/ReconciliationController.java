package cn.jsedu.ledger.query.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reconciliation for auditors (ADR 0017): run a check of every read model against the event store now, or read the
 * report of the last one (scheduled or asked for). Read-only: a run changes nothing but the report.
 */
@RestController
@Tag(name = "Reconciliation", description = "Read models checked against a fold of the event store")
@RequestMapping(path = "/api/v1/reconciliation", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReconciliationController {

    private final Reconciliation reconciliation;

    public ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @PostMapping
    @Operation(operationId = "runReconciliation",
            summary = "Check every platform's read model and the programme totals against the event store now")
    public ReconciliationReport run() {
        return reconciliation.runAll();
    }

    @GetMapping("/latest")
    @Operation(operationId = "getLatestReconciliation", summary = "The report of the last reconciliation run")
    public ReconciliationReport latest() {
        return reconciliation.latest().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no reconciliation has run yet"));
    }
}
