package cn.jsedu.ledger.system.tamper;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What someone holding database credentials could do to the event table with full knowledge of the hash algorithm
 * (but not the command side's signing key): the schema owner's edits, each through the maintenance switch (the
 * trigger refuses them otherwise), and the command role's plain inserts.
 */
final class Tampering {

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    Tampering(DataSource owner) {
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
        this.jdbc = new JdbcTemplate(owner);
    }

    private void asMaintenance(Consumer<JdbcTemplate> edit) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL ledger.allow_event_maintenance = 'on'");
            edit.accept(jdbc);
        });
    }

    List<StoredEventRow> rows(String platform) {
        return jdbc.query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash, signed_from, signature_key_id,
                  signature
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11), rs.getBytes(14) == null ? null
                        : new AppendSignature(rs.getString(13), rs.getLong(12), rs.getBytes(14))), platform);
    }

    /** One byte of the stored amount ("fen": n) goes up by one; returns the event id. */
    String changeOneAmountByte(String platform, int sequence) {
        StoredEventRow row = rows(platform).get(sequence);
        byte[] payload = row.payload().clone();
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("\"fen\":") + "\"fen\":".length();
        if (at < "\"fen\":".length() || payload[at] < '1' || payload[at] > '8') {
            throw new IllegalStateException("no amount to change in " + new String(payload, StandardCharsets.UTF_8));
        }
        payload[at]++;
        asMaintenance(jdbc -> jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? "
                + "WHERE event_identifier = ?", payload, row.eventIdentifier()));
        return row.eventIdentifier();
    }

    void delete(String platform, int sequence) {
        asMaintenance(jdbc -> jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", platform, sequence));
    }

    void swapPayloads(String platform, int first, int second) {
        List<StoredEventRow> rows = rows(platform);
        asMaintenance(jdbc -> {
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE event_identifier = ?",
                    rows.get(second).payload(), rows.get(first).eventIdentifier());
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE event_identifier = ?",
                    rows.get(first).payload(), rows.get(second).eventIdentifier());
        });
    }

    /**
     * What the service's own database account may do, no maintenance switch needed: one more event at the
     * platform's tail, correctly chained (the algorithm is public). It is an installment of 50,000,000.00 of
     * provincial money attributed to the finance officer, modelled on the platform's last event. Returns its id.
     */
    String appendChainedInstallment(String platform) {
        return appendChainedInstallment(platform, null);
    }

    /** The same, carrying the signature of the platform's last event, copied column by column. */
    String appendChainedInstallmentWithCopiedSignature(String platform) {
        List<StoredEventRow> rows = rows(platform);
        return appendChainedInstallment(platform, rows.get(rows.size() - 1).signature());
    }

    private String appendChainedInstallment(String platform, AppendSignature signature) {
        List<StoredEventRow> rows = rows(platform);
        StoredEventRow last = rows.get(rows.size() - 1);
        String payload = new String(last.payload(), StandardCharsets.UTF_8)
                .replaceFirst("\"fen\":\\d+", "\"fen\":5000000000")
                .replaceFirst("\"entryId\":\"[^\"]*\"", "\"entryId\":\"I-50M\"")
                .replaceFirst("\"source\":\"[A-Z_]+\"", "\"source\":\"PROVINCIAL_FINANCE\"");
        String metaData = new String(last.metaData(), StandardCharsets.UTF_8)
                .replaceFirst("\"user\":\"[^\"]*\"", "\"user\":\"finance\"")
                .replaceFirst("\"role\":\"[^\"]*\"", "\"role\":\"FINANCE_OFFICER\"");
        StoredEventRow forged = new StoredEventRow(platform, last.sequenceNumber() + 1, UUID.randomUUID().toString(),
                last.type(), java.time.Instant.now().toString(), last.payloadType(), last.payloadRevision(),
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8), null, null)
                .chainedTo(last.eventHash()).signedWith(signature);
        insert(jdbc, forged);
        return forged.eventIdentifier();
    }

    /**
     * A forged installment inserted at {@code sequence}, the later events moved up by one, and every hash from
     * there recomputed: a chain that verifies on its own. Returns the forged event's id.
     */
    String forgeWithRecomputedChain(String platform, int sequence) {
        List<StoredEventRow> rows = rows(platform);
        StoredEventRow model = rows.get(sequence);
        String forgedId = UUID.randomUUID().toString();
        List<StoredEventRow> tail = new ArrayList<>();
        tail.add(new StoredEventRow(platform, sequence, forgedId, model.type(), model.timestamp(), model.payloadType(),
                model.payloadRevision(), new String(model.payload(), StandardCharsets.UTF_8)
                .replaceFirst("\"fen\":\\d+", "\"fen\":98765400").getBytes(StandardCharsets.UTF_8), model.metaData(),
                null, null));
        for (StoredEventRow later : rows.subList(sequence, rows.size())) {
            tail.add(new StoredEventRow(platform, later.sequenceNumber() + 1, later.eventIdentifier(), later.type(),
                    later.timestamp(), later.payloadType(), later.payloadRevision(), later.payload(), later.metaData(),
                    null, null));
        }
        asMaintenance(jdbc -> {
            jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND sequence_number >= ?", platform, sequence);
            byte[] previous = rows.get(sequence - 1).eventHash();
            for (StoredEventRow row : tail) {
                StoredEventRow chained = row.chainedTo(previous);
                insert(jdbc, chained);
                previous = chained.eventHash();
            }
        });
        return forgedId;
    }

    private static void insert(JdbcTemplate jdbc, StoredEventRow row) {
        AppendSignature signature = row.signature();
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                  type, time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash,
                  signed_from, signature_key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.eventIdentifier(), row.aggregateIdentifier(),
                row.sequenceNumber(), row.type(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                row.payload(), row.metaData(), row.previousHash(), row.eventHash(),
                signature == null ? null : signature.signedFrom(), signature == null ? null : signature.keyId(),
                signature == null ? null : signature.signature());
    }
}
