package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Programme-wide views of one programme (the {@code programme} parameter, else the user's, else the default one:
 * {@link ProgrammeScope}): compliance of every platform today, and the parameters in force today. The programme's
 * answers as of any date and known at any time are under {@code /api/v1/programmes/{programmeId}}.
 */
@RestController
@Tag(name = "Programme", description = "Programme-wide compliance and parameters")
@RequestMapping(path = "/api/v1/programme", produces = "application/json")
public class ProgrammeQueryController {

    private final ProgrammeComplianceQueries compliance;
    private final ProgrammeQueries programmes;
    private final ProgrammeScope scope;
    private final Clock clock;

    public ProgrammeQueryController(ProgrammeComplianceQueries compliance, ProgrammeQueries programmes,
                                    ProgrammeScope scope, Clock clock) {
        this.compliance = compliance;
        this.programmes = programmes;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/compliance")
    @Operation(operationId = "getProgrammeCompliance", summary = "Programme totals and per-platform compliance")
    public ProgrammeComplianceView compliance(@RequestParam(required = false) String programme,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        String programmeId = scope.resolve(programme);
        return compliance.compliance(programmeId, page, size).orElseThrow(() -> new QueryProblem(
                ErrorCode.PROGRAMME_NOT_FOUND, "programme", "no programme " + programmeId));
    }

    @GetMapping("/parameters")
    @Operation(operationId = "getProgrammeParameters", summary = "The programme parameters in force today")
    public ParametersView parameters(@RequestParam(required = false) String programme) {
        String programmeId = scope.resolve(programme);
        return ParametersView.of(programmes.timeline(programmeId).orElseThrow().inForce(LocalDate.now(clock)));
    }
}
