package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.EventHash;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Chained and signed event rows as the command side stores them (same columns, same hashing, the last row of each
 * append signed for all of them with {@link #SIGNING_KEY}), of a payload type no projection knows, so the query
 * side's processors skip them; and the edits a tamperer would make, who cannot sign.
 */
final class Ledgers {

    static final String FACT = "cn.jsedu.ledger.test.AuditedFact";
    /** The command side's event-signing key in these tests; its public key is what the query side is given. */
    static final KeyPair SIGNING_KEY = Ed25519Keys.generate();

    private Ledgers() {
    }

    static StoredEventRow unchained(String platform, long sequence, long fen) {
        return new StoredEventRow(platform, sequence, UUID.randomUUID().toString(), "Platform",
                "2025-04-01T08:00:%02d.000Z".formatted(sequence % 60), FACT, "1",
                "{\"amount\":{\"fen\":%d}}".formatted(fen).getBytes(StandardCharsets.UTF_8),
                "{\"user\":\"finance\"}".getBytes(StandardCharsets.UTF_8), null, null);
    }

    /** The public key file the query side reads, written into {@code dir}; returns the folder. */
    static Path publishPublicKey(Path dir, KeyPair key) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(AppendSignature.KEY_FILE_NAME + "-" + Ed25519Keys.keyId(key.getPublic())
                    + ".pub.pem"), Ed25519Keys.publicKeyPem(key.getPublic()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends {@code count} chained events to the platform's stream in one transaction, signed as the command side
     * signs (one signature on the last, covering all), and returns all of the platform's rows.
     */
    static List<StoredEventRow> append(JdbcTemplate jdbc, String platform, int count) {
        return append(jdbc, platform, count, SIGNING_KEY);
    }

    static List<StoredEventRow> append(JdbcTemplate jdbc, String platform, int count, KeyPair key) {
        List<StoredEventRow> rows = rows(jdbc, platform);
        long first = rows.size();
        byte[] previous = rows.isEmpty() ? EventHash.genesis() : rows.get(rows.size() - 1).eventHash();
        for (int i = 0; i < count; i++) {
            StoredEventRow row = unchained(platform, rows.size(), 100_00L * (rows.size() + 1)).chainedTo(previous);
            if (i == count - 1) {
                row = signed(row, first, key);
            }
            insert(jdbc, row);
            rows.add(row);
            previous = row.eventHash();
        }
        return rows;
    }

    /** The last event of a transaction, signed for the events from {@code first} to it. */
    static StoredEventRow signed(StoredEventRow last, long first, KeyPair key) {
        String keyId = Ed25519Keys.keyId(key.getPublic());
        return last.signedWith(new AppendSignature(keyId, first, Ed25519Keys.sign(key.getPrivate(),
                AppendSignature.statement(keyId, last.aggregateIdentifier(), first, last.sequenceNumber(),
                        last.eventHash()))));
    }

    static void insert(JdbcTemplate jdbc, StoredEventRow row) {
        AppendSignature signature = row.signature();
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash,
                  signed_from, signature_key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), row.aggregateIdentifier(),
                row.sequenceNumber(), row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                row.payload(), row.metaData(), row.previousHash(), row.eventHash(),
                signature == null ? null : signature.signedFrom(), signature == null ? null : signature.keyId(),
                signature == null ? null : signature.signature());
    }

    static List<StoredEventRow> rows(JdbcTemplate jdbc, String platform) {
        return new ArrayList<>(jdbc.query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash, signed_from, signature_key_id,
                  signature
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11), rs.getBytes(14) == null ? null
                        : new AppendSignature(rs.getString(13), rs.getLong(12), rs.getBytes(14))), platform));
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
