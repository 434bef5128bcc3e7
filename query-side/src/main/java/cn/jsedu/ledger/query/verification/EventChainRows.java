package cn.jsedu.ledger.query.verification;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The event store's rows as stored, straight from the table (like audit/HistoryQueries), never through Axon: the
 * chain is over the stored bytes, and a row Axon could not even deserialize must still be verifiable.
 */
@Repository
public class EventChainRows {

    private static final String COLUMNS = """
            SELECT global_index, aggregate_identifier, sequence_number, event_identifier, type, time_stamp,
              payload_type, payload_revision, payload, meta_data, previous_hash, event_hash, signed_from,
              signature_key_id, signature
            FROM event_store.domain_event_entry""";

    /** A row and its global index (stored, not hashed: it only says where the row sits in the table). */
    @FunctionalInterface
    public interface RowHandler {
        void row(long globalIndex, StoredEventRow row);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public EventChainRows(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public void platform(String platformId, RowHandler handler) {
        // A cursor needs a transaction; one statement also reads one consistent snapshot.
        readOnly.executeWithoutResult(status -> jdbc.query(COLUMNS
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", rs -> {
            handler.row(rs.getLong("global_index"), row(rs));
        }, platformId));
    }

    /** Every row, platform by platform, each in sequence order, from one snapshot. */
    public void all(RowHandler handler) {
        readOnly.executeWithoutResult(status -> jdbc.query(COLUMNS
                + " ORDER BY aggregate_identifier, sequence_number", rs -> {
            handler.row(rs.getLong("global_index"), row(rs));
        }));
    }

    public boolean exists(String platformId) {
        return !jdbc.queryForList("SELECT 1 FROM event_store.domain_event_entry WHERE aggregate_identifier = ? LIMIT 1",
                Integer.class, platformId).isEmpty();
    }

    /**
     * Every platform's last sequence number appended before event signing began (recorded by the event store's
     * V5 migration; nobody may change it since). Platforms created later are not named.
     */
    public Map<String, Long> legacyHeads() {
        Map<String, Long> heads = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, last_sequence FROM event_store.legacy_head",
                rs -> {
                    heads.put(rs.getString(1), rs.getLong(2));
                });
        return heads;
    }

    /** The platform's last sequence number from before event signing, -1 if it has none. */
    public long legacyHead(String platformId) {
        return jdbc.queryForList("SELECT last_sequence FROM event_store.legacy_head WHERE aggregate_identifier = ?",
                Long.class, platformId).stream().findFirst().orElse(-1L);
    }

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }

    private static StoredEventRow row(ResultSet rs) throws SQLException {
        return new StoredEventRow(rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                rs.getString("event_identifier"), rs.getString("type"), rs.getString("time_stamp"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"), rs.getBytes("previous_hash"), rs.getBytes("event_hash"),
                rs.getBytes("signature") == null ? null : new AppendSignature(rs.getString("signature_key_id"),
                        rs.getLong("signed_from"), rs.getBytes("signature")));
    }
}
