package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints in {@code read_model.ledger_checkpoint} (append-only). A row's content is the signed bytes
 * themselves, decoded here; nothing read from this table is trusted before its signature is checked.
 */
@Repository
public class CheckpointStore {

    /** One checkpoint creator at a time across query-side instances (pg_advisory_xact_lock). */
    private static final long LOCK = 0x4c45444745524350L; // "LEDGERCP"

    private static final RowMapper<StoredCheckpoint> ROW = (rs, i) -> {
        SignedCheckpoint signed;
        try {
            signed = new SignedCheckpoint(Checkpoint.fromCanonicalBytes(rs.getBytes("content")), rs.getString("key_id"),
                    rs.getBytes("signature"));
        } catch (RuntimeException malformed) {
            signed = null; // reported as a checkpoint that does not verify
        }
        return new StoredCheckpoint(rs.getLong("counter"), signed, rs.getLong("events"));
    };

    /**
     * A stored checkpoint ({@code signed} is null when its content does not even decode) and the number of events in
     * the store when it was signed (not signed itself: it only tells the scheduler whether anything was appended).
     */
    public record StoredCheckpoint(long counter, SignedCheckpoint signed, long events) {
    }

    private final JdbcTemplate jdbc;

    public CheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Within a transaction: waits until no other checkpoint is being made, then returns the next counter. */
    public long lockAndNextCounter() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
        return jdbc.queryForObject("SELECT coalesce(max(counter), 0) + 1 FROM read_model.ledger_checkpoint", Long.class);
    }

    public void insert(SignedCheckpoint signed, long events, List<String> brokenPlatforms) {
        Checkpoint checkpoint = signed.checkpoint();
        jdbc.update("""
                INSERT INTO read_model.ledger_checkpoint (counter, created_at, key_id, content, signature, platforms,
                  events, broken_platforms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", checkpoint.counter(),
                Timestamp.from(checkpoint.createdAt()), signed.keyId(), checkpoint.canonicalBytes(), signed.signature(),
                checkpoint.heads().size(), events,
                brokenPlatforms.isEmpty() ? null : String.join(",", brokenPlatforms));
    }

    public Optional<StoredCheckpoint> byCounter(long counter) {
        return jdbc.query("SELECT * FROM read_model.ledger_checkpoint WHERE counter = ?", ROW, counter).stream()
                .findFirst();
    }

    public Optional<StoredCheckpoint> newest() {
        return olderThan(Long.MAX_VALUE, 1).stream().findFirst();
    }

    /** Up to {@code limit} checkpoints older than {@code counter}, newest first. */
    public List<StoredCheckpoint> olderThan(long counter, int limit) {
        return jdbc.query("SELECT * FROM read_model.ledger_checkpoint WHERE counter < ? ORDER BY counter DESC LIMIT ?",
                ROW, counter, limit);
    }
}
