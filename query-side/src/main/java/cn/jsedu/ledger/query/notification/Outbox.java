package cn.jsedu.ledger.query.notification;

import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.inbox.InboxKind;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The notification outbox table (ADR 0025). {@link #record} runs inside the notifications processor's batch, so the
 * row commits with the processor's token; its key makes a replayed event a no-op. Delivery claims one unsent row at a
 * time ({@code FOR UPDATE SKIP LOCKED}, so two query-side instances never send the same row at once).
 */
@Repository
public class Outbox {

    private static final RowMapper<Notification> MAPPER = (rs, i) -> new Notification(rs.getString("notification_id"),
            InboxKind.valueOf(rs.getString("kind")), rs.getString("platform_id"), rs.getString("ref"),
            Role.valueOf(rs.getString("audience_role")), rs.getString("audience_party"), rs.getString("except_user"),
            rs.getString("subject"), rs.getString("body"), rs.getString("event_id"), Sql.instant(rs, "recorded_at"));

    private final JdbcTemplate jdbc;

    public Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events recorded before this instant (when the outbox was created) notify nobody. */
    public Instant start() {
        return jdbc.query("SELECT min(started_at) AS started_at FROM read_model.notification_start",
                (rs, i) -> Sql.instant(rs, "started_at")).stream().filter(Objects::nonNull).findFirst()
                .orElse(Instant.EPOCH);
    }

    /** Adds the notification unless one with its id is there already; 1 if added, 0 if it was there. */
    public int record(Notification n) {
        return jdbc.update("""
                INSERT INTO read_model.notification_outbox (notification_id, kind, platform_id, ref, audience_role,
                  audience_party, except_user, subject, body, event_id, recorded_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (notification_id) DO NOTHING""",
                n.id(), n.kind().name(), n.platformId(), n.ref(), n.audienceRole().name(), n.audienceParty(),
                n.exceptUser(), n.subject(), n.body(), n.eventId(), Sql.time(n.recordedAt()));
    }

    /** The oldest unsent notification whose next attempt is due, locked until the caller's transaction ends. */
    public Optional<Notification> claimNext(Instant now) {
        return jdbc.query("""
                SELECT * FROM read_model.notification_outbox WHERE sent_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, notification_id LIMIT 1 FOR UPDATE SKIP LOCKED""", MAPPER,
                Sql.time(now)).stream().findFirst();
    }

    public void markSent(String id, Instant at, List<String> addresses) {
        jdbc.update("""
                UPDATE read_model.notification_outbox SET sent_at = ?, sent_to = ?, attempts = attempts + 1,
                  last_error = NULL WHERE notification_id = ?""", Sql.time(at), String.join(" ", addresses), id);
    }

    public void markFailed(String id, Instant nextAttempt, String error) {
        jdbc.update("""
                UPDATE read_model.notification_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                WHERE notification_id = ?""", Sql.time(nextAttempt),
                error == null ? null : error.substring(0, Math.min(error.length(), 2000)), id);
    }

    public int attempts(String id) {
        return jdbc.queryForObject("SELECT attempts FROM read_model.notification_outbox WHERE notification_id = ?",
                Integer.class, id);
    }

    /** The college of a platform (a college officer's audience), as the read model knows it. */
    public Optional<String> collegeOf(String platformId) {
        return jdbc.queryForList("SELECT college_code FROM read_model.platform WHERE platform_id = ?", String.class,
                platformId).stream().findFirst();
    }

    /** The credit code of an enterprise party of a platform (its representative's enterprise). */
    public Optional<String> creditCodeOf(String platformId, String partyId) {
        return jdbc.queryForList("""
                SELECT credit_code FROM read_model.platform_party WHERE platform_id = ? AND party_id = ?
                  AND role = 'ENTERPRISE'""", String.class, platformId, partyId).stream().findFirst();
    }
}
