package cn.jsedu.ledger.query.eventstream;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.List;

/**
 * Where a streaming processor stands, read from the token store rather than from one instance's memory: it covers
 * the segments of every instance, and a stopped processor keeps its position. Runs on the caller's transaction if
 * there is one, so the position is that of the caller's snapshot (the read-model rows of that snapshot were
 * committed with exactly these tokens).
 */
public final class ProcessorPositions {

    /** The token store's own serializer (ProcessingConfig): tokens are read back exactly as Axon stored them. */
    private final Serializer tokenSerializer = JacksonSerializer.defaultSerializer();
    private final JdbcTemplate jdbc;
    private final TokenSchema schema;

    public ProcessorPositions(JdbcTemplate jdbc, TokenSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * The slowest segment's position: every event at or before it has been applied, whichever segment it belongs
     * to. The tail when the processor has no token yet (it has applied nothing) or a segment's token is unset; a
     * replay token counts at its replay position (what it still has to re-apply).
     */
    public XidIndexToken slowestSegment(String processor) {
        String sql = "SELECT " + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + " FROM " + schema.tokenTable()
                + " WHERE " + schema.processorNameColumn() + " = ?";
        List<XidIndexToken> positions = jdbc.query(sql, (row, i) -> position(
                new GenericTokenEntry<>(row.getBytes(1), row.getString(2), null, null, processor, i, byte[].class)
                        .getToken(tokenSerializer)), processor);
        return positions.stream().min(Comparator.naturalOrder()).orElse(XidIndexToken.TAIL);
    }

    private static XidIndexToken position(TrackingToken token) {
        return WrappedToken.unwrapLowerBound(token) instanceof XidIndexToken position ? position : XidIndexToken.TAIL;
    }
}
