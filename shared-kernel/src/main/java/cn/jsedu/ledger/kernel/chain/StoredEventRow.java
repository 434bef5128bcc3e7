package cn.jsedu.ledger.kernel.chain;

/**
 * One row of the event store as the hash chain sees it: every stored field that says what happened, exactly as
 * stored (the timestamp as its stored text, payload and metadata as their stored bytes), plus the two chain
 * columns. {@code previousHash} and {@code eventHash} are null for a row written outside the ledger's append path.
 */
public record StoredEventRow(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String type,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData, byte[] previousHash, byte[] eventHash) {

    /** This event chained onto {@code previousHash}: both chain columns filled in. */
    public StoredEventRow chainedTo(byte[] previousHash) {
        StoredEventRow linked = new StoredEventRow(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp,
                payloadType, payloadRevision, payload, metaData, previousHash, null);
        return new StoredEventRow(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp, payloadType,
                payloadRevision, payload, metaData, previousHash, EventHash.of(linked));
    }
}
