package cn.jsedu.ledger.kernel.chain;

/**
 * One platform's chain head in a checkpoint: its last sequence number and that event's hash, and (from checkpoint
 * format v2 on) the platform's last sequence number appended before event signing began, -1 if none. A v1
 * checkpoint (made before event signing) says nothing about signatures: {@code legacyThrough} is null.
 */
public record CheckpointHead(String platformId, long lastSequence, byte[] headHash, Long legacyThrough) {

    /** A head of a platform whose every event is signed. */
    public CheckpointHead(String platformId, long lastSequence, byte[] headHash) {
        this(platformId, lastSequence, headHash, -1L);
    }

    public ExpectedHead expectedBy(long checkpoint) {
        return new ExpectedHead(checkpoint, lastSequence, headHash);
    }
}
