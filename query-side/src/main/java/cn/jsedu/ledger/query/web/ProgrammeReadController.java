package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.query.programme.ProgrammeBalancesReport;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceReport;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.programme.ProgrammeReports;
import cn.jsedu.ledger.query.programme.ProgrammeSelection;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Programmes (docs/domain.md §9, ADR 0019): each with its parameters and their history, and its programme-wide answers
 * as of any date ({@code asOf}, default today) and as known at any time ({@code knownAt}, default now): compliance and
 * money by source, filtered by batch, city, status (as known then) and finding, paged. A user scoped to a programme
 * reaches only that one (the access policy answers 404 for another).
 */
@RestController
@Tag(name = "Programmes", description = "Programmes, their parameters over time, and programme-wide answers")
@RequestMapping(path = "/api/v1/programmes", produces = "application/json")
public class ProgrammeReadController {

    private final ProgrammeQueries programmes;
    private final ProgrammeReports reports;
    private final QueryTimes times;
    private final Clock clock;

    public ProgrammeReadController(ProgrammeQueries programmes, ProgrammeReports reports, QueryTimes times,
                                   Clock clock) {
        this.programmes = programmes;
        this.reports = reports;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listProgrammes", summary = "The programmes the user may see, the default one first")
    public List<ProgrammeQueries.ProgrammeRow> list() {
        LedgerUser user = LedgerUser.current();
        return programmes.list().stream().filter(p -> user == null || user.reaches(p.programmeId())).toList();
    }

    @GetMapping("/{programmeId}")
    @Operation(operationId = "getProgramme",
            summary = "A programme: the parameters in force on a date as known at a time, and their history")
    public ProgrammeView programme(@PathVariable String programmeId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) Instant knownAt) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : times.asOf(asOf);
        times.knownAt(knownAt);
        ProgrammeQueries.ProgrammeRow row = programmes.list().stream().filter(p -> p.programmeId().equals(programmeId))
                .findFirst().orElseThrow(() -> notFound(programmeId));
        ParameterTimeline timeline = programmes.timeline(programmeId).map(t -> t.asKnownAt(knownAt)).orElse(null);
        return new ProgrammeView(row.programmeId(), row.name(), row.status(), row.establishedAt(), row.version(), date,
                knownAt, timeline == null ? null : ParametersView.of(timeline.inForce(date)),
                timeline == null ? List.of() : timeline.steps().stream().map(s -> new ProgrammeView.Step(
                        s.effectiveFrom(), s.recordedAt(), ProgrammeView.values(s.changes()),
                        ParametersView.of(s.parameters()))).toList());
    }

    @GetMapping("/{programmeId}/parameter-changes")
    @Operation(operationId = "getParameterChanges",
            summary = "The programme's approved rule changes as recorded (as known at a time), with who decided them")
    public List<ProgrammeView.Change> parameterChanges(@PathVariable String programmeId,
                                                       @RequestParam(required = false) Instant knownAt) {
        times.knownAt(knownAt);
        requireKnown(programmeId);
        return programmes.changes(programmeId).stream()
                .filter(c -> knownAt == null || !c.recordedAt().isAfter(knownAt)).map(ProgrammeView.Change::of).toList();
    }

    @GetMapping("/{programmeId}/proposals")
    @Operation(operationId = "getProgrammeProposals",
            summary = "The programme's proposals (its establishment, rule changes): pending, approved, withdrawn")
    public List<ProgrammeView.Proposal> proposals(@PathVariable String programmeId) {
        requireKnown(programmeId);
        return programmes.proposals(programmeId).stream().map(ProgrammeView.Proposal::of).toList();
    }

    @GetMapping("/{programmeId}/compliance")
    @Operation(operationId = "getProgrammeComplianceAsOf",
            summary = "Compliance of the programme's platforms as of a date, as known at a time (filtered, paged)")
    public ProgrammeComplianceReport compliance(@PathVariable String programmeId,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                @RequestParam(required = false) Instant knownAt,
                                                @RequestParam(required = false) Integer batch,
                                                @RequestParam(required = false) String city,
                                                @RequestParam(required = false) PlatformStatus status,
                                                @RequestParam(required = false) String finding,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "100") int size) {
        ProgrammeSelection selection = selection(programmeId, asOf, knownAt, batch, city, status, finding, page, size);
        return reports.compliance(selection, page, size).orElseThrow(() -> notFound(programmeId));
    }

    @GetMapping("/{programmeId}/balances")
    @Operation(operationId = "getProgrammeBalances",
            summary = "The programme's money by funding source as of a date, as known at a time (filtered, paged)")
    public ProgrammeBalancesReport balances(@PathVariable String programmeId,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                            @RequestParam(required = false) Instant knownAt,
                                            @RequestParam(required = false) Integer batch,
                                            @RequestParam(required = false) String city,
                                            @RequestParam(required = false) PlatformStatus status,
                                            @RequestParam(required = false) String finding,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "100") int size) {
        ProgrammeSelection selection = selection(programmeId, asOf, knownAt, batch, city, status, finding, page, size);
        return reports.balances(selection, page, size).orElseThrow(() -> notFound(programmeId));
    }

    private ProgrammeSelection selection(String programmeId, LocalDate asOf, Instant knownAt, Integer batch,
                                         String city, PlatformStatus status, String finding, int page, int size) {
        Paging.check(page, size);
        times.asOf(asOf);
        times.knownAt(knownAt);
        if (city != null && (city.isBlank() || city.length() > 100)) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "city", "city is 1 to 100 characters");
        }
        if (finding != null && !finding.matches("[A-Z_]{1,64}")) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "finding",
                    "finding is a finding code such as ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        }
        return new ProgrammeSelection(programmeId, asOf == null ? LocalDate.now(clock) : asOf, knownAt, batch, city,
                status, finding);
    }

    private void requireKnown(String programmeId) {
        if (programmes.list().stream().noneMatch(p -> p.programmeId().equals(programmeId))) {
            throw notFound(programmeId);
        }
    }

    private static QueryProblem notFound(String programmeId) {
        return new QueryProblem(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + programmeId);
    }
}
