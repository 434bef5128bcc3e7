package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.query.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Audit findings: a platform's, with warnings for those overdue, and every overdue one of the programme. */
@RestController
@Tag(name = "Findings", description = "Audit findings, their rectification, and warnings for those overdue")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class FindingQueryController {

    private final FindingQueries findings;
    private final ReadYourWrites reads;
    private final Clock clock;

    public FindingQueryController(FindingQueries findings, ReadYourWrites reads, Clock clock) {
        this.findings = findings;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/platforms/{platformId}/findings")
    @Operation(operationId = "listFindings",
            summary = "The platform's audit findings; overdue ones (no rectification past the deadline) as warnings")
    public FindingsView ofPlatform(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        reads.platform(platformId, minVersion);
        return findings.ofPlatform(platformId, LocalDate.now(clock));
    }

    @GetMapping("/programme/overdue-findings")
    @Operation(operationId = "listOverdueFindings",
            summary = "Every finding of the programme waiting for its rectification past its deadline")
    public List<FindingsView.Warning> overdue() {
        return findings.overdue(LocalDate.now(clock));
    }
}
