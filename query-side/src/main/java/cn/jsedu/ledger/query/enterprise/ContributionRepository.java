package cn.jsedu.ledger.query.enterprise;

import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.Contribution;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the {@link ContributionConfirmations} of one platform or of a page of them, in one query. */
@Repository
public class ContributionRepository {

    private final JdbcTemplate jdbc;

    public ContributionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ContributionConfirmations of(String platformId) {
        return load(List.of(platformId)).get(platformId);
    }

    /** Every platform of {@code platformIds}, those without contributions included (as NONE). */
    public Map<String, ContributionConfirmations> load(Collection<String> platformIds) {
        Map<String, Map<String, Contribution>> rows = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.enterprise_contribution WHERE platform_id = ANY(?)", rs -> {
            String stated = rs.getString("stated");
            List<String> events = new ArrayList<>(List.of(rs.getString("event_id")));
            if (rs.getString("answer_event_id") != null) {
                events.add(rs.getString("answer_event_id"));
            }
            Contribution c = new Contribution(rs.getString("entry_id"), rs.getString("party_id"),
                    Sql.money(rs, "amount"), rs.getDate("effective_date").toLocalDate(),
                    stated == null ? null : ContributionConfirmations.State.valueOf(stated),
                    Sql.money(rs, "stated_amount"),
                    rs.getString("reason"), events);
            rows.computeIfAbsent(rs.getString("platform_id"), k -> new LinkedHashMap<>()).put(c.entryId(), c);
        }, (Object) platformIds.toArray(String[]::new));
        Map<String, ContributionConfirmations> result = new HashMap<>();
        for (String id : platformIds) {
            result.put(id, new ContributionConfirmations(rows.getOrDefault(id, Map.of())));
        }
        return result;
    }
}
