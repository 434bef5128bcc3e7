package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.audit.HistoryEntry;
import cn.jsedu.ledger.query.audit.HistoryQueries;
import cn.jsedu.ledger.query.audit.PlatformStateView;
import cn.jsedu.ledger.query.audit.StateReplay;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.eventstream.EventStoreReader;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
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

/** The platform queries of API.md: list, detail, balances, compliance, history and replayed state. */
@RestController
@Tag(name = "Platforms",
        description = "A platform's read models: detail, balances, compliance, history, and its replayed state")
@RequestMapping(path = "/api/v1/platforms", produces = "application/json")
public class PlatformQueryController {

    private final PlatformQueries platforms;
    private final ReadYourWrites reads;
    private final BalanceQueries balances;
    private final HistoryQueries history;
    private final StateReplay replay;
    private final ProgrammeQueries programmes;
    private final QueryTimes times;
    private final EventStoreReader events;
    private final ContributionRepository contributions;
    private final Clock clock;

    public PlatformQueryController(PlatformQueries platforms, ReadYourWrites reads, BalanceQueries balances,
                                   HistoryQueries history, StateReplay replay, ProgrammeQueries programmes,
                                   QueryTimes times, EventStoreReader events, ContributionRepository contributions,
                                   Clock clock) {
        this.contributions = contributions;
        this.platforms = platforms;
        this.reads = reads;
        this.balances = balances;
        this.history = history;
        this.replay = replay;
        this.programmes = programmes;
        this.times = times;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listPlatforms",
            summary = "List platforms with status, totals and flags (filtered, paged)")
    public PlatformListView list(@RequestParam(required = false) String programme,
                                 @RequestParam(required = false) PlatformStatus status,
                                 @RequestParam(required = false) Integer batch,
                                 @RequestParam(required = false) String college,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        // a college officer lists its own college's platform, whatever it asks for
        LedgerUser user = LedgerUser.current();
        String collegeFilter = user != null && user.is(Role.COLLEGE_OFFICER) ? user.college() : college;
        // and a user scoped to a programme that programme's platforms (none of another it names)
        String programmeFilter = user == null || user.programme() == null ? programme
                : user.programmeFor(programme).orElse(null);
        if (user != null && user.programme() != null && programmeFilter == null) {
            return new PlatformListView(page, size, 0, List.of());
        }
        PlatformQueries.Page result = platforms.list(
                new PlatformQueries.Filter(programmeFilter, status, batch, collegeFilter), page, size);
        LocalDate today = LocalDate.now(clock);
        ProgrammeQueries.Rules rules = programmes.rules();
        return new PlatformListView(page, size, result.total(),
                result.rows().stream().map(r -> item(r, rules.inForce(r, today, null))).toList());
    }

    @GetMapping("/{platformId}")
    @Operation(operationId = "getPlatform",
            summary = "A platform: status, construction period, plan, parties, agreements, decisions")
    public PlatformDetailView detail(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        PlatformRow row = reads.platform(platformId, minVersion);
        List<PlatformDetailView.PlanLineView> plan = platforms.planKnownAt(platformId, null).stream()
                .map(l -> new PlatformDetailView.PlanLineView(l.source().name(), l.partyId(), l.year(), l.amount().toString()))
                .toList();
        return PlatformDetailView.of(row, plan, platforms);
    }

    @GetMapping("/{platformId}/balances")
    @Operation(operationId = "getBalances",
            summary = "Balances per source and enterprise party, as of a date, as known then")
    public BalancesView balances(@PathVariable String platformId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) Instant knownAt,
                                 @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        return balances.balances(reads.platform(platformId, minVersion), asOf, knownAt);
    }

    @GetMapping("/{platformId}/compliance")
    @Operation(operationId = "getCompliance", summary = "Compliance with the programme's rules, with the events behind")
    public ComplianceView compliance(@PathVariable String platformId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) Instant knownAt,
                                     @RequestParam(required = false) Long minVersion) {
        times.asOf(asOf);
        times.knownAt(knownAt);
        PlatformRow row = reads.platform(platformId, minVersion);
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        // judged by the rules in force on the day it judges, as known at knownAt (ADR 0019)
        return ComplianceCalculator.compute(balances.inputs(row, knownAt),
                knownAt == null ? contributions.of(platformId) : ContributionConfirmations.NONE, date, knownAt,
                programmes.inForce(row, date, knownAt));
    }

    @GetMapping("/{platformId}/history")
    @Operation(operationId = "getHistory",
            summary = "Every event of the platform with who, when, why, and chain hashes")
    public List<HistoryEntry> history(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        List<HistoryEntry> entries = history.history(platformId);
        if (entries.isEmpty()) {
            throw new QueryProblem(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
        }
        return entries;
    }

    @GetMapping("/{platformId}/state")
    @Operation(operationId = "getReplayedState",
            summary = "The platform replayed from its own events up to a version or time")
    public PlatformStateView state(@PathVariable String platformId, @RequestParam(required = false) Long atVersion,
                                   @RequestParam(required = false) Instant knownAt) {
        if (atVersion != null && atVersion < 0) {
            throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "atVersion", "atVersion must be ≥ 0");
        }
        times.knownAt(knownAt);
        if (atVersion != null) {
            long last = events.lastSequenceOf(platformId);
            if (last >= 0 && atVersion > last) {
                throw new QueryProblem(ErrorCode.VALIDATION_FAILED, "atVersion",
                        "platform " + platformId + " has versions 0 to " + last + ", not " + atVersion);
            }
        }
        return replay.replay(platformId, atVersion, knownAt).orElseThrow(() -> new QueryProblem(
                ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId + " at that point"));
    }

    private static PlatformListView.Item item(PlatformRow r, ProgrammeParameters parameters) {
        return new PlatformListView.Item(r.platformId(), r.programmeId(), r.title(), r.collegeCode(), r.collegeName(), r.status(),
                r.batch(), r.plannedTotal().toString(), r.received().toString(),
                ComplianceRules.totalMet(r.plannedTotal(), parameters),
                ComplianceRules.shareMet(r.plannedEnterprise(), r.plannedTotal(), parameters),
                ComplianceRules.shareMet(r.netEnterprise(), r.netReceived(), parameters), r.version(),
                r.recovered().toString(), r.netReceived().toString());
    }
}
