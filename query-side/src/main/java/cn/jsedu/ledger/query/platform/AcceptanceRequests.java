package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Every acceptance request of a platform, with the four-eyes override that let it past the gate, if any (ADR 0022). */
@Repository
public class AcceptanceRequests {

    /** One request; the override fields are null for a request the readiness checklist allowed. */
    public record AcceptanceRequest(LocalDate requestedOn, String overrideReason, List<String> failingItems,
                                    String proposedBy, String approvedBy, String eventId, Instant recordedAt) {

        public boolean overridden() {
            return overrideReason != null;
        }
    }

    private final JdbcTemplate jdbc;

    public AcceptanceRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AcceptanceRequest> of(String platformId) {
        return jdbc.query("""
                SELECT * FROM read_model.acceptance_request WHERE platform_id = ? ORDER BY sequence_number""",
                (rs, n) -> new AcceptanceRequest(rs.getDate("requested_on").toLocalDate(), rs.getString("override_reason"),
                        rs.getString("failing_items") == null || rs.getString("failing_items").isEmpty() ? List.of()
                                : Arrays.asList(rs.getString("failing_items").split(",")),
                        rs.getString("proposed_by"), rs.getString("approved_by"), rs.getString("event_id"),
                        Sql.instant(rs, "recorded_at")), platformId);
    }
}
