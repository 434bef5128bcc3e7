package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.programme.ProgrammeSourceTotals;
import cn.jsedu.ledger.query.programme.ProgrammeSourcesView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The programme's money by funding source (the console's dashboard shows it; so may any other client). */
@RestController
@Tag(name = "Programme", description = "Programme-wide compliance and parameters")
@RequestMapping(path = "/api/v1/programme", produces = "application/json")
public class ProgrammeSourcesController {

    private final ProgrammeSourceTotals totals;
    private final ProgrammeScope scope;

    public ProgrammeSourcesController(ProgrammeSourceTotals totals, ProgrammeScope scope) {
        this.totals = totals;
        this.scope = scope;
    }

    @GetMapping("/sources")
    @Operation(operationId = "getProgrammeSources",
            summary = "Money by funding source over every approved platform: planned, received, spent, balance")
    public ProgrammeSourcesView sources(@RequestParam(required = false) String programme) {
        return totals.view(scope.resolve(programme));
    }
}
