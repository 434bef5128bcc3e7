package cn.jsedu.ledger.kernel.chain;

/** A platform head that signed checkpoint {@code checkpoint} vouches for: the event at this sequence has this hash. */
public record ExpectedHead(long checkpoint, long sequenceNumber, byte[] hash) {
}
