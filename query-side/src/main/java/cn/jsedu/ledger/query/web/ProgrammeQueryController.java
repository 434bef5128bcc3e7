package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programme-wide views: compliance of every platform, and the parameters in force. */
@RestController
@Tag(name = "Programme", description = "Programme-wide compliance and parameters")
@RequestMapping(path = "/api/v1/programme", produces = "application/json")
public class ProgrammeQueryController {

    private final ProgrammeComplianceQueries compliance;
    private final ProgrammeParameters parameters;

    public ProgrammeQueryController(ProgrammeComplianceQueries compliance, ProgrammeParameters parameters) {
        this.compliance = compliance;
        this.parameters = parameters;
    }

    @GetMapping("/compliance")
    @Operation(operationId = "getProgrammeCompliance", summary = "Programme totals and per-platform compliance")
    public ProgrammeComplianceView compliance(@RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return compliance.compliance(page, size);
    }

    @GetMapping("/parameters")
    @Operation(operationId = "getProgrammeParameters", summary = "The programme parameters in force")
    public ParametersView parameters() {
        return ParametersView.of(parameters);
    }
}
