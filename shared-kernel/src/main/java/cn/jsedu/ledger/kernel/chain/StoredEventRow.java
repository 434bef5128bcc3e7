package cn.jsedu.ledger.kernel.chain;

/**
 * One row of the event store as the hash chain sees it: every stored field that says what happened, exactly as
 * stored (the timestamp as its stored text, payload and metadata as their stored bytes), plus the two chain
 * columns and the command side's signature. {@code previousHash} and {@code eventHash} are null for a row written
 * outside the ledger's append path; {@code signature} is null except on the last event a transaction appended to
 * the platform (and on every row written before event signing began, or outside the append path).
 */
public record StoredEventRow(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String type,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData, byte[] previousHash, byte[] eventHash, AppendSignature signature) {

    /** A row without a signature. */
    public StoredEventRow(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, String type,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData, byte[] previousHash, byte[] eventHash) {
        this(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp, payloadType, payloadRevision,
                payload, metaData, previousHash, eventHash, null);
    }

    /** This event chained onto {@code previousHash}: both chain columns filled in, no signature yet. */
    public StoredEventRow chainedTo(byte[] previousHash) {
        StoredEventRow linked = new StoredEventRow(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp,
                payloadType, payloadRevision, payload, metaData, previousHash, null);
        return new StoredEventRow(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp, payloadType,
                payloadRevision, payload, metaData, previousHash, EventHash.of(linked));
    }

    /** This row carrying {@code signature} (null: none). */
    public StoredEventRow signedWith(AppendSignature signature) {
        return new StoredEventRow(aggregateIdentifier, sequenceNumber, eventIdentifier, type, timestamp, payloadType,
                payloadRevision, payload, metaData, previousHash, eventHash, signature);
    }
}
