package cn.jsedu.ledger.query.enterprise;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.Contribution;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pledged vs contributed vs confirmed per enterprise of a platform, for everyone or for one enterprise. */
@Service
public class EnterpriseQueries {

    private final JdbcTemplate jdbc;
    private final ContributionRepository contributions;

    public EnterpriseQueries(JdbcTemplate jdbc, ContributionRepository contributions) {
        this.jdbc = jdbc;
        this.contributions = contributions;
    }

    /** Whether the enterprise with {@code creditCode} is an enterprise party of the platform. */
    public boolean isParty(String platformId, String creditCode) {
        return creditCode != null && Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM read_model.platform_party
                WHERE platform_id = ? AND credit_code = ? AND role = 'ENTERPRISE')""", Boolean.class, platformId, creditCode));
    }

    /** Every enterprise party of the platform, or only the one with {@code creditCode} when it is not null. */
    public EnterpriseContributionsView of(PlatformRow platform, String creditCode) {
        String id = platform.platformId();
        Map<String, Money> pledged = new HashMap<>();
        jdbc.query("""
                SELECT party_id, SUM(amount) AS pledged FROM read_model.pledge
                WHERE platform_id = ? AND source = 'ENTERPRISE' GROUP BY party_id""",
                rs -> {
                    pledged.put(rs.getString("party_id"), Sql.money(rs, "pledged"));
                }, id);
        ContributionConfirmations all = contributions.of(id);
        Map<String, String> vouchers = new HashMap<>();
        jdbc.query("""
                SELECT entry_id, voucher_ref FROM read_model.ledger_entry
                WHERE platform_id = ? AND kind = 'ENTERPRISE_CONTRIBUTION'""",
                rs -> {
                    vouchers.put(rs.getString("entry_id"), rs.getString("voucher_ref"));
                }, id);
        List<EnterpriseContributionsView.Enterprise> enterprises = jdbc.query("""
                SELECT party_id, name, credit_code FROM read_model.platform_party
                WHERE platform_id = ? AND role = 'ENTERPRISE' AND (CAST(? AS VARCHAR) IS NULL OR credit_code = ?)
                ORDER BY party_id""", (rs, n) -> enterprise(rs.getString("party_id"), rs.getString("name"),
                rs.getString("credit_code"), pledged, vouchers, all), id, creditCode, creditCode);
        return new EnterpriseContributionsView(id, platform.version(), enterprises);
    }

    private static EnterpriseContributionsView.Enterprise enterprise(String partyId, String name, String creditCode,
                                                                     Map<String, Money> pledged,
                                                                     Map<String, String> vouchers,
                                                                     ContributionConfirmations all) {
        List<Contribution> own = all.all().stream().filter(c -> c.partyId().equals(partyId)).toList();
        Money contributed = sum(own, null);
        return new EnterpriseContributionsView.Enterprise(partyId, name, creditCode,
                pledged.getOrDefault(partyId, Money.ZERO), contributed, sum(own, State.CONFIRMED),
                sum(own, State.DISPUTED), sum(own, State.UNCONFIRMED),
                own.stream().map(c -> new EnterpriseContributionsView.Line(c.entryId(), c.effectiveDate(), c.amount(),
                        vouchers.get(c.entryId()), c.state(), c.state() == State.DISPUTED ? c.reason() : null, c.eventIds())).toList());
    }

    /** The enterprise's party {@code partyId} on the platform {@code platformId}. */
    public record Party(String platformId, String partyId) {
    }

    /**
     * Where the enterprise with {@code creditCode} is a party, in platform and party order: what its representative
     * may answer for and nowhere else. {@code programme} is the representative's programme scope (ADR 0019): when not
     * null, only that programme's platforms, as every other read of a scoped user. The one place that decides it, for
     * the representative's own contributions and its inbox alike.
     */
    public List<Party> partiesOf(String creditCode, String programme) {
        return jdbc.query("""
                SELECT pp.platform_id, pp.party_id FROM read_model.platform_party pp
                JOIN read_model.platform p ON p.platform_id = pp.platform_id
                WHERE pp.credit_code = ? AND pp.role = 'ENTERPRISE'
                  AND (CAST(? AS VARCHAR) IS NULL OR p.programme_id = ?)
                ORDER BY pp.platform_id, pp.party_id""", (rs, n) -> new Party(rs.getString("platform_id"),
                rs.getString("party_id")), creditCode, programme, programme);
    }

    /** The platforms of {@link #partiesOf}, each once, in platform order. */
    public List<String> platformsOf(String creditCode, String programme) {
        return partiesOf(creditCode, programme).stream().map(Party::platformId).distinct().toList();
    }

    private static Money sum(List<Contribution> contributions, State state) {
        return contributions.stream().filter(c -> state == null || c.state() == state).map(Contribution::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
