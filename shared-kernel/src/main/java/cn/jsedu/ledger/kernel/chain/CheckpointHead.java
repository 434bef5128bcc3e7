package cn.jsedu.ledger.kernel.chain;

/** One platform's chain head in a checkpoint: its last sequence number and that event's hash. */
public record CheckpointHead(String platformId, long lastSequence, byte[] headHash) {

    public ExpectedHead expectedBy(long checkpoint) {
        return new ExpectedHead(checkpoint, lastSequence, headHash);
    }
}
