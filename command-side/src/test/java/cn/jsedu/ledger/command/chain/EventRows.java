package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.ChainCheck;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import cn.jsedu.ledger.kernel.chain.KeyFiles;
import cn.jsedu.ledger.kernel.chain.KeyRing;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a platform's stored rows as the chain sees them, and checks them with the kernel's verifier and the JDK's
 * own Ed25519 (an independent check of what the command side signs with BouncyCastle).
 */
public final class EventRows {

    private EventRows() {
    }

    public static List<StoredEventRow> of(JdbcTemplate jdbc, String platformId) {
        return jdbc.query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash, signed_from, signature_key_id,
                  signature
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11), rs.getBytes(14) == null ? null
                        : new AppendSignature(rs.getString(13), rs.getLong(12), rs.getBytes(14))), platformId);
    }

    /**
     * The rows checked with these public keys, the platform's legacy boundary read from the store by {@code reader}
     * (a reader's or the superuser's connection: the command role has no privilege on that record).
     */
    public static ChainVerdict verify(JdbcTemplate reader, List<StoredEventRow> rows, KeyRing keys) {
        String platform = rows.isEmpty() ? "?" : rows.get(0).aggregateIdentifier();
        long legacyThrough = reader.queryForList("SELECT last_sequence FROM event_store.legacy_head "
                + "WHERE aggregate_identifier = ?", Long.class, platform).stream().findFirst().orElse(-1L);
        ChainCheck check = new ChainCheck(platform, List.of(), keys, legacyThrough);
        rows.forEach(check::accept);
        return check.finish();
    }

    /**
     * Records the platform's events up to {@code lastSequence} as appended before event signing began, as the V5
     * migration does for every platform of a store it upgrades. Only a superuser can, past the trigger that keeps
     * the record fixed (a session in replica mode fires no triggers).
     */
    static void recordAsFromBeforeSigning(DataSource superuser, String platformId, long lastSequence) {
        new TransactionTemplate(new DataSourceTransactionManager(superuser)).executeWithoutResult(status -> {
            JdbcTemplate jdbc = new JdbcTemplate(superuser);
            jdbc.execute("SET LOCAL session_replication_role = replica");
            jdbc.update("INSERT INTO event_store.legacy_head (aggregate_identifier, last_sequence) VALUES (?, ?)",
                    platformId, lastSequence);
        });
    }

    /** Every {@code event-signing-key*.pub.pem} in the folder, checked with the JDK's Ed25519. */
    public static KeyRing ring(Path keyDir) {
        Map<String, PublicKey> keys = KeyFiles.publicKeys(List.of(keyDir), AppendSignature.KEY_FILE_NAME);
        return new KeyRing() {
            @Override
            public Check verify(String keyId, byte[] message, byte[] signature) {
                PublicKey key = keys.get(keyId);
                return key == null ? Check.UNKNOWN_KEY
                        : Ed25519Keys.verify(key, message, signature) ? Check.VALID : Check.INVALID;
            }

            @Override
            public Set<String> keyIds() {
                return keys.keySet();
            }
        };
    }
}
