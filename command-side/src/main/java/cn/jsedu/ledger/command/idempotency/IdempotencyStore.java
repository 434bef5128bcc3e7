package cn.jsedu.ledger.command.idempotency;

import cn.jsedu.ledger.command.platform.CommandResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 *
 * <p>For a batch of commands sharing one transaction (group commit) the keys are looked up and recorded with one
 * statement each ({@link #findAll}, {@link #recordAll}), whatever the number of keys. A component, not a
 * {@code @Repository}: JdbcTemplate already translates SQL exceptions, and the proxy that annotation brings cost a
 * measurable share of every request (docs/perf/).
 */
@Component
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key as its sender owns it. */
    public record SenderKey(String principal, String key) {
    }

    /** A key already used: the fingerprint of its request and the result it got. */
    public record UsedKey(String requestHash, CommandResult result) {
    }

    /** A key to record with the result its command got. */
    public record NewKey(SenderKey key, String requestHash, String commandName, CommandResult result) {
    }

    public Optional<UsedKey> find(String principal, String key) {
        List<UsedKey> used = jdbc.query("""
                SELECT request_hash, platform_id, programme_id, entry_id, version FROM command_side.idempotency_key
                WHERE principal = ? AND idempotency_key = ?""", (rs, i) -> new UsedKey(rs.getString(1),
                new CommandResult(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))), principal, key);
        return used.stream().findFirst();
    }

    /** The keys of {@code keys} that were used, in one statement. */
    public Map<SenderKey, UsedKey> findAll(Collection<SenderKey> keys) {
        Map<SenderKey, UsedKey> used = new HashMap<>();
        if (keys.isEmpty()) {
            return used;
        }
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("""
                    SELECT k.principal, k.idempotency_key, k.request_hash, k.platform_id, k.programme_id, k.entry_id,
                           k.version
                    FROM command_side.idempotency_key k
                    JOIN unnest(?::text[], ?::text[]) AS wanted (principal, idempotency_key)
                      ON k.principal = wanted.principal AND k.idempotency_key = wanted.idempotency_key""");
            select.setArray(1, texts(connection, keys.stream().map(SenderKey::principal).toList()));
            select.setArray(2, texts(connection, keys.stream().map(SenderKey::key).toList()));
            return select;
        }, rs -> {
            used.put(new SenderKey(rs.getString(1), rs.getString(2)), new UsedKey(rs.getString(3),
                    new CommandResult(rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7))));
        });
        return used;
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

    /**
     * Records every key of {@code keys} in one statement. As {@link #record}: blocks while concurrent transactions
     * hold some of them; returns those that another transaction committed first (their commands must not commit).
     */
    public Set<SenderKey> recordAll(List<NewKey> keys) {
        Set<SenderKey> taken = new HashSet<>();
        if (keys.isEmpty()) {
            return taken;
        }
        keys.forEach(k -> taken.add(k.key()));
        jdbc.query(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO command_side.idempotency_key (principal, idempotency_key, request_hash, command_name,
                      platform_id, programme_id, entry_id, version)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::bigint[])
                    ON CONFLICT (principal, idempotency_key) DO NOTHING
                    RETURNING principal, idempotency_key""");
            insert.setArray(1, texts(connection, keys.stream().map(k -> k.key().principal()).toList()));
            insert.setArray(2, texts(connection, keys.stream().map(k -> k.key().key()).toList()));
            insert.setArray(3, texts(connection, keys.stream().map(NewKey::requestHash).toList()));
            insert.setArray(4, texts(connection, keys.stream().map(NewKey::commandName).toList()));
            insert.setArray(5, texts(connection, keys.stream().map(k -> k.result().platformId()).toList()));
            insert.setArray(6, texts(connection, keys.stream().map(k -> k.result().programmeId()).toList()));
            insert.setArray(7, texts(connection, keys.stream().map(k -> k.result().entryId()).toList()));
            insert.setArray(8, connection.createArrayOf("bigint",
                    keys.stream().map(k -> (Object) k.result().version()).toArray()));
            return insert;
        }, rs -> {
            taken.remove(new SenderKey(rs.getString(1), rs.getString(2)));
        });
        return taken;
    }

    private static java.sql.Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
