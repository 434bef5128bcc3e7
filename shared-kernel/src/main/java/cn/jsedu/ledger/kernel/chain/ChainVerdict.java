package cn.jsedu.ledger.kernel.chain;

/**
 * The result of checking one platform's stream.
 *
 * @param events           events read
 * @param headSequence     sequence number of the last event read (-1 if none)
 * @param headHash         its stored hash
 * @param validThrough     the stream is proven up to and including this sequence number (-1: nothing proven): it
 *                         hashes, chains and is covered by signatures (or is from before event signing began)
 * @param validThroughHash the hash of that event (null if nothing is proven)
 * @param firstBroken      null when the whole stream verifies and reaches every expected head
 * @param newestCheckpoint the newest checkpoint compared against (null if none)
 * @param legacyThrough    the platform's last sequence number from before event signing began that was checked
 *                         against (-1: none)
 * @param legacyEvents     events accepted without a signature because they are from before event signing began
 */
public record ChainVerdict(String platformId, long events, long headSequence, byte[] headHash, long validThrough,
                           byte[] validThroughHash, ChainBreak firstBroken, Long newestCheckpoint, long legacyThrough,
                           long legacyEvents) {

    public boolean valid() {
        return firstBroken == null;
    }
}
