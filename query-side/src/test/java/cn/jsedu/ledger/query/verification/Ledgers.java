package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Chained event rows as the command side stores them (same columns, same hashing), of a payload type no
 * projection knows, so the query side's processors skip them; and the edits a tamperer would make.
 */
final class Ledgers {

    static final String FACT = "cn.jsedu.ledger.test.AuditedFact";

    private Ledgers() {
    }

    static StoredEventRow unchained(String platform, long sequence, long fen) {
        return new StoredEventRow(platform, sequence, UUID.randomUUID().toString(), "Platform",
                "2025-04-01T08:00:%02d.000Z".formatted(sequence % 60), FACT, "1",
                "{\"amount\":{\"fen\":%d}}".formatted(fen).getBytes(StandardCharsets.UTF_8),
                "{\"user\":\"finance\"}".getBytes(StandardCharsets.UTF_8), null, null);
    }

    /** Appends {@code count} chained events to the platform's stream and returns all of its rows. */
    static List<StoredEventRow> append(JdbcTemplate jdbc, String platform, int count) {
        List<StoredEventRow> rows = rows(jdbc, platform);
        byte[] previous = rows.isEmpty() ? EventHash.genesis() : rows.get(rows.size() - 1).eventHash();
        for (int i = 0; i < count; i++) {
            StoredEventRow row = unchained(platform, rows.size(), 100_00L * (rows.size() + 1)).chainedTo(previous);
            insert(jdbc, row);
            rows.add(row);
            previous = row.eventHash();
        }
        return rows;
    }

    static void insert(JdbcTemplate jdbc, StoredEventRow row) {
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), row.aggregateIdentifier(),
                row.sequenceNumber(), row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                row.payload(), row.metaData(), row.previousHash(), row.eventHash());
    }

    static List<StoredEventRow> rows(JdbcTemplate jdbc, String platform) {
        return new ArrayList<>(jdbc.query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11)), platform));
    }

    /**
     * What someone who can write the table and knows the algorithm would do: insert a forged event at
     * {@code sequence}, move the later ones up and recompute every hash from there.
     */
    static String forgeWithRecomputedChain(JdbcTemplate jdbc, String platform, int sequence) {
        List<StoredEventRow> rows = rows(jdbc, platform);
        StoredEventRow forged = unchained(platform, sequence, 99_999_999_00L);
        List<StoredEventRow> rewritten = new ArrayList<>(rows.subList(0, sequence));
        rewritten.add(forged);
        for (StoredEventRow later : rows.subList(sequence, rows.size())) {
            rewritten.add(new StoredEventRow(platform, later.sequenceNumber() + 1, later.eventIdentifier(), later.type(),
                    later.timestamp(), later.payloadType(), later.payloadRevision(), later.payload(), later.metaData(),
                    null, null));
        }
        jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?",
                platform, sequence);
        byte[] previous = sequence == 0 ? EventHash.genesis() : rows.get(sequence - 1).eventHash();
        for (StoredEventRow row : rewritten.subList(sequence, rewritten.size())) {
            StoredEventRow chained = row.chainedTo(previous);
            insert(jdbc, chained);
            previous = chained.eventHash();
        }
        return forged.eventIdentifier();
    }
}
