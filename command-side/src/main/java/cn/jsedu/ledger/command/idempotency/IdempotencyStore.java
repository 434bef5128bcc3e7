package cn.jsedu.ledger.command.idempotency;

import cn.jsedu.ledger.command.platform.CommandResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL, written in the same transaction as the command's events: a key exists iff
 * its events do, across restarts and instances.
 *
 * <p>{@link #claim} inserts first. A concurrent request with the same key blocks on the primary key until the
 * first one commits or rolls back, then sees its row; so duplicates never run the command twice.
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

    /** Claims the key for this request, or returns how it was used before. */
    public Optional<UsedKey> claim(String key, String requestHash, String commandName) {
        int inserted = jdbc.update("""
                INSERT INTO command_side.idempotency_key (idempotency_key, request_hash, command_name)
                VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""", key, requestHash, commandName);
        if (inserted == 1) {
            return Optional.empty();
        }
        List<UsedKey> used = jdbc.query("""
                SELECT request_hash, platform_id, entry_id, version FROM command_side.idempotency_key
                WHERE idempotency_key = ?""", (rs, i) -> new UsedKey(rs.getString(1),
                new CommandResult(rs.getString(2), rs.getString(3), rs.getLong(4))), key);
        return used.stream().findFirst();
    }

    public void complete(String key, CommandResult result) {
        jdbc.update("""
                UPDATE command_side.idempotency_key SET platform_id = ?, entry_id = ?, version = ?
                WHERE idempotency_key = ?""", result.platformId(), result.entryId(), result.version(), key);
    }
}
