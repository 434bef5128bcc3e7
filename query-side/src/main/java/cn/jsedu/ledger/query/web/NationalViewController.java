package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.national.NationalComplianceView;
import cn.jsedu.ledger.query.national.NationalQueries;
import cn.jsedu.ledger.query.national.NationalStoresConfigured;
import cn.jsedu.ledger.query.national.NationalTotalsView;
import cn.jsedu.ledger.query.national.ProvinceStaleness;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Conditional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The national view over several provincial stores (ADR 0009), only on a query side configured with them
 * ({@code ledger.national.stores}): money by province and compliance of every platform as of any date ({@code asOf},
 * default today) and as known at any time ({@code knownAt}, default now), and how current each province is. For
 * province-level roles (QueryAccessPolicy); a user scoped to one programme is refused, as the view spans them all.
 */
@RestController
@Conditional(NationalStoresConfigured.class)
@Tag(name = "National view", description = "Programme-wide answers over several provincial stores")
@RequestMapping(path = "/api/v1/national", produces = "application/json")
public class NationalViewController {

    private final NationalQueries national;
    private final QueryTimes times;
    private final Clock clock;

    public NationalViewController(NationalQueries national, QueryTimes times, Clock clock) {
        this.national = national;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping("/totals")
    @Operation(operationId = "getNationalTotals",
            summary = "Money by province and funding source (planned, received, spent, balance) as of a date, as "
                    + "known at a time, over the platforms approved at some point as known then; each province with "
                    + "how current its figures are")
    public NationalTotalsView totals(
            @Parameter(description = "effective date, default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "recording time, default now") @RequestParam(required = false) Instant knownAt) {
        unscoped();
        return national.totals(asOf == null ? LocalDate.now(clock) : times.asOf(asOf), times.knownAt(knownAt));
    }

    @GetMapping("/compliance")
    @Operation(operationId = "getNationalCompliance",
            summary = "Funding compliance of every platform of every province as of a date, as known at a time, "
                    + "by its province's rules in force then (paged, by province then platform id)")
    public NationalComplianceView compliance(
            @Parameter(description = "effective date, default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "recording time, default now") @RequestParam(required = false) Instant knownAt,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        unscoped();
        Paging.check(page, size);
        return national.compliance(asOf == null ? LocalDate.now(clock) : times.asOf(asOf), times.knownAt(knownAt),
                page, size);
    }

    @GetMapping("/provinces")
    @Operation(operationId = "getNationalProvinces",
            summary = "Each province's store: reachable or since when not, and the time of its last event projected")
    public List<ProvinceStaleness> provinces() {
        unscoped();
        return national.staleness();
    }

    private static void unscoped() {
        LedgerUser user = LedgerUser.current();
        if (user != null && user.programme() != null) {
            throw new QueryProblem(ErrorCode.ACCESS_DENIED, "programme",
                    "the national view spans every programme; this user is scoped to " + user.programme());
        }
    }
}
