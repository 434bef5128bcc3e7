package cn.jsedu.ledger.kernel.chain;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a stored event (ADR 0010): SHA-256 over the canonical encoding ({@link Canonical}) of
 * <pre>
 *   "ledger-event-chain/v1", aggregate id, sequence number, event id, type, timestamp text,
 *   payload type, payload revision, payload bytes, metadata bytes, previous hash
 * </pre>
 * where the previous hash is the hash of the same platform's event one sequence number earlier, and 32 zero bytes
 * for sequence 0. The command side computes it when appending; the query side and the offline verifier recompute
 * it. This class is the only implementation (the V2 event-store migration repeats it in SQL once, to fill in the
 * rows stored before the chain existed, and a test holds the two equal).
 */
public final class EventHash {

    public static final int LENGTH = 32;

    private static final String DOMAIN = "ledger-event-chain/v1";
    private static final HexFormat HEX = HexFormat.of();

    private EventHash() {
    }

    /** The previous hash of a platform's first event. */
    public static byte[] genesis() {
        return new byte[LENGTH];
    }

    /** The hash of the event's fields and its stored previous hash (its own stored hash is not read). */
    public static byte[] of(StoredEventRow event) {
        MessageDigest sha256 = sha256();
        new Canonical(new DigestOutputStream(OutputStream.nullOutputStream(), sha256))
                .text(DOMAIN)
                .text(event.aggregateIdentifier())
                .int64(event.sequenceNumber())
                .text(event.eventIdentifier())
                .text(event.type())
                .text(event.timestamp())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .bytes(event.payload())
                .bytes(event.metaData())
                .bytes(event.previousHash());
        return sha256.digest();
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HEX.formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        return hex == null ? null : HEX.parseHex(hex);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
