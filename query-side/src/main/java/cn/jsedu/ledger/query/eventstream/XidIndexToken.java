package cn.jsedu.ledger.query.eventstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.eventhandling.TrackingToken;

import java.io.Serializable;
import java.util.Comparator;
import java.util.OptionalLong;

/**
 * A position in the event stream of {@link XidOrderedEventSource}: the (inserting transaction id, global index) of
 * the last event consumed. The stream is ordered by that pair, so positions are totally ordered and a token
 * "covers" exactly the events at or before it. No gaps are tracked: the source only reads below the oldest running
 * transaction, where no row can still appear.
 *
 * @param txId        the event's {@code tx_id} (a PostgreSQL xid8, epoch and xid in one 64-bit number)
 * @param globalIndex the event's {@code global_index}
 */
public record XidIndexToken(@JsonProperty("txId") long txId, @JsonProperty("globalIndex") long globalIndex)
        implements TrackingToken, Comparable<XidIndexToken>, Serializable {

    /** Before every event: PostgreSQL's normal transaction ids start at 3 and global indexes at 1. */
    public static final XidIndexToken TAIL = new XidIndexToken(0, 0);

    private static final Comparator<XidIndexToken> ORDER =
            Comparator.comparingLong(XidIndexToken::txId).thenComparingLong(XidIndexToken::globalIndex);

    @JsonCreator
    public XidIndexToken {
        if (txId < 0 || globalIndex < 0) {
            throw new IllegalArgumentException("negative position: " + txId + "/" + globalIndex);
        }
    }

    @Override
    public int compareTo(XidIndexToken other) {
        return ORDER.compare(this, other);
    }

    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        XidIndexToken that = cast(other);
        return compareTo(that) <= 0 ? this : that;
    }

    @Override
    public TrackingToken upperBound(TrackingToken other) {
        XidIndexToken that = cast(other);
        return compareTo(that) >= 0 ? this : that;
    }

    /** {@code null} is the position before the first event, so every token covers it. */
    @Override
    public boolean covers(TrackingToken other) {
        return other == null || compareTo(cast(other)) >= 0;
    }

    @Override
    public boolean samePositionAs(TrackingToken other) {
        return other != null && compareTo(cast(other)) == 0;
    }

    /**
     * An estimate for progress metrics only: the global index. It is not monotonic along the stream (a late
     * transaction's events come after higher indexes) and nothing may rely on it for ordering.
     */
    @Override
    public OptionalLong position() {
        return OptionalLong.of(globalIndex);
    }

    private static XidIndexToken cast(TrackingToken other) {
        if (other instanceof XidIndexToken token) {
            return token;
        }
        throw new IllegalArgumentException("Incompatible token type provided: "
                + (other == null ? "null" : other.getClass().getSimpleName()));
    }
}
