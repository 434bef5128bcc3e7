package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.query.eventstream.XidIndexToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which platforms there are, in id order, and how far each one's events go: the event store's head and the part the
 * read-models processor has passed. Runs on the caller's snapshot. A platform is any id with events or with a
 * platform row: a row without events, or events without a row, is exactly what reconciliation must see.
 */
@Repository
class StoredHeads {

    /**
     * The store also holds each programme's stream (ADR 0019) and each evaluation round's (ADR 0026): rules and a
     * panel's scores, not platforms, so reconciliation passes over them (a round's published results are checked apart,
     * by PublishedRoundsCheck). Checked on the aggregate type Axon stores with every event.
     */
    private static final String PLATFORM_STREAM =
            "e.type IS DISTINCT FROM 'Programme' AND e.type IS DISTINCT FROM 'EvaluationRound'";

    /** Per part, both sources are read in index order up to the limit, then merged. */
    private static final String NEXT = """
            SELECT id FROM (
              (SELECT DISTINCT e.aggregate_identifier AS id FROM event_store.domain_event_entry e
               WHERE e.aggregate_identifier > ? AND %s ORDER BY 1 LIMIT ?)
              UNION
              (SELECT p.platform_id FROM read_model.platform p WHERE p.platform_id > ? ORDER BY 1 LIMIT ?)
            ) ids ORDER BY id LIMIT ?""".formatted(PLATFORM_STREAM);

    private static final String HEADS = """
            SELECT e.aggregate_identifier AS id, max(e.sequence_number) AS head,
              max(e.sequence_number) FILTER (WHERE (e.tx_id, e.global_index) <= (CAST(CAST(? AS text) AS xid8), ?))
                AS applied
            FROM event_store.domain_event_entry e
            WHERE e.aggregate_identifier > ? AND e.aggregate_identifier <= ? AND %s
            GROUP BY e.aggregate_identifier""".formatted(PLATFORM_STREAM);

    /** −1 for "none". */
    record Heads(long head, long applied) {

        static final Heads NONE = new Heads(-1, -1);
    }

    private final JdbcTemplate jdbc;

    StoredHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next platform ids after {@code after} ("" = from the first), at most {@code limit}, in id order. */
    List<String> next(String after, int limit) {
        return jdbc.queryForList(NEXT, String.class, after, limit, after, limit, limit);
    }

    /** The heads of the platforms with {@code after < id ≤ upTo}, and how far {@code applied} reaches in each. */
    Map<String, Heads> heads(String after, String upTo, XidIndexToken applied) {
        Map<String, Heads> heads = new HashMap<>();
        jdbc.query(HEADS, row -> {
            Number covered = (Number) row.getObject("applied");
            heads.put(row.getString("id"), new Heads(row.getLong("head"), covered == null ? -1 : covered.longValue()));
        }, Long.toString(applied.txId()), applied.globalIndex(), after, upTo);
        return heads;
    }
}
