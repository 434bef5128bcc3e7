package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.enterprise.EnterpriseContributionsView;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Enterprise confirmation (ADR 0022): pledged vs contributed vs confirmed per enterprise. An enterprise
 * representative sees only its own enterprise, and only on a platform where it is a party: any other platform does
 * not exist for it (404), as another college's platform does not for a college officer.
 */
@RestController
@Tag(name = "Enterprise confirmation", description = "Pledged, contributed and confirmed money per enterprise")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class EnterpriseQueryController {

    private final ReadYourWrites reads;
    private final EnterpriseQueries enterprises;

    public EnterpriseQueryController(ReadYourWrites reads, EnterpriseQueries enterprises) {
        this.reads = reads;
        this.enterprises = enterprises;
    }

    @GetMapping("/platforms/{platformId}/enterprise-contributions")
    @Operation(operationId = "getEnterpriseContributions",
            summary = "Per enterprise: pledged, contributed, confirmed, disputed and unconfirmed money")
    public EnterpriseContributionsView contributions(@PathVariable String platformId,
                                                     @RequestParam(required = false) Long minVersion) {
        LedgerUser user = LedgerUser.current();
        if (user != null && user.is(Role.ENTERPRISE_REPRESENTATIVE)
                && !enterprises.isParty(platformId, user.enterprise())) {
            throw new QueryProblem(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
        }
        PlatformRow row = reads.platform(platformId, minVersion);
        String only = user != null && user.is(Role.ENTERPRISE_REPRESENTATIVE) ? user.enterprise() : null;
        return enterprises.of(row, only);
    }

    /**
     * What an enterprise representative answers for: its enterprise's contributions on every platform where it is a
     * party, with the platform's title and college so that it knows which agreement they come from. Only the
     * representative's role reaches this (QueryAccessPolicy); its enterprise and programme scope come from its login,
     * never a parameter.
     */
    public record OwnContributionsView(String enterprise, List<PlatformContributions> platforms) {
    }

    /** One platform's title and college, and the representative's own enterprise block of that platform. */
    public record PlatformContributions(String platformId, String title, String collegeName, long version,
                                        EnterpriseContributionsView.Enterprise contributions) {
    }

    @GetMapping("/me/enterprise-contributions")
    @Operation(operationId = "getOwnEnterpriseContributions",
            summary = "An enterprise representative's own contributions on every platform where its enterprise is a party")
    public OwnContributionsView own() {
        LedgerUser user = LedgerUser.current();
        String creditCode = user.enterprise();
        List<PlatformContributions> platforms = enterprises.platformsOf(creditCode, user.programme()).stream()
                .map(id -> reads.platform(id, null))
                .flatMap(row -> enterprises.of(row, creditCode).enterprises().stream()
                        .map(e -> new PlatformContributions(row.platformId(), row.title(), row.collegeName(),
                                row.version(), e)))
                .toList();
        return new OwnContributionsView(creditCode, platforms);
    }
}
