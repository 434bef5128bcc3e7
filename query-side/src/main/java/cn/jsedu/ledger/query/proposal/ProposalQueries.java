package cn.jsedu.ledger.query.proposal;

import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Proposals of one platform, or every proposal of a status across the programme. */
@Repository
public class ProposalQueries {

    private static final RowMapper<ProposalView> MAPPER = (rs, i) -> new ProposalView(rs.getString("platform_id"),
            rs.getString("proposal_id"), ProposalKind.valueOf(rs.getString("kind")),
            ProposalStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"),
            Sql.instant(rs, "proposed_at"), rs.getString("summary"), rs.getString("decided_by"),
            Sql.instant(rs, "decided_at"), rs.getString("event_id"));

    private final JdbcTemplate jdbc;

    public ProposalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProposalView> ofPlatform(String platformId) {
        return jdbc.query("SELECT * FROM read_model.proposal WHERE platform_id = ? ORDER BY proposed_at", MAPPER, platformId);
    }

    public List<ProposalView> withStatus(ProposalStatus status, int limit) {
        return jdbc.query("SELECT * FROM read_model.proposal WHERE status = ? ORDER BY proposed_at LIMIT ?", MAPPER,
                status.name(), limit);
    }
}
