package cn.jsedu.ledger.command.chain;

import cn.jsedu.ledger.kernel.chain.ChainCheck;
import cn.jsedu.ledger.kernel.chain.ChainVerdict;
import cn.jsedu.ledger.kernel.chain.StoredEventRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Reads a platform's stored rows as the chain sees them, and checks them with the kernel's verifier. */
final class EventRows {

    private EventRows() {
    }

    static List<StoredEventRow> of(JdbcTemplate jdbc, String platformId) {
        return jdbc.query("""
                SELECT aggregate_identifier, sequence_number, event_identifier, type, time_stamp, payload_type,
                  payload_revision, payload, meta_data, previous_hash, event_hash
                FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (rs, i) -> new StoredEventRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9),
                        rs.getBytes(10), rs.getBytes(11)), platformId);
    }

    static ChainVerdict verify(List<StoredEventRow> rows) {
        ChainCheck check = new ChainCheck(rows.isEmpty() ? "?" : rows.get(0).aggregateIdentifier(), List.of());
        rows.forEach(check::accept);
        return check.finish();
    }
}
