package cn.jsedu.ledger.command.idempotency;

import cn.jsedu.ledger.command.platform.CommandResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL, written in the same transaction as the command's events: a key exists iff
 * its events do, across restarts and instances. A key is its sender's: every method takes the authenticated
 * principal, and (principal, key) is the row's identity, so one user's key is invisible to every other user.
 *
 * <p>The key is looked up before the command runs and inserted after it, never before: a transaction's first
 * write fixes its transaction id, and the query side streams events in transaction-id order, so the first
 * write must come after the aggregate was loaded under its lock (ADR 0003, 0005). Two duplicates racing past
 * the lookup both run; the second insert finds the first's key, and {@link #record} reports it so the
 * command is rolled back and answered from the stored result.
 */
@Repository
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key already used: the fingerprint of its request and the result it got. */
    public record UsedKey(String requestHash, CommandResult result) {
    }

    public Optional<UsedKey> find(String principal, String key) {
        List<UsedKey> used = jdbc.query("""
                SELECT request_hash, platform_id, programme_id, entry_id, version FROM command_side.idempotency_key
                WHERE principal = ? AND idempotency_key = ?""", (rs, i) -> new UsedKey(rs.getString(1),
                new CommandResult(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))), principal, key);
        return used.stream().findFirst();
    }

    /**
     * Records the key with its result. Blocks while a concurrent transaction holds the same key, then returns
     * false if that one committed: the caller must roll back.
     */
    public boolean record(String principal, String key, String requestHash, String commandName,
                          CommandResult result) {
        return jdbc.update("""
                INSERT INTO command_side.idempotency_key (principal, idempotency_key, request_hash, command_name,
                  platform_id, programme_id, entry_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (principal, idempotency_key) DO NOTHING""",
                principal, key, requestHash, commandName, result.platformId(), result.programmeId(), result.entryId(),
                result.version()) == 1;
    }
}
