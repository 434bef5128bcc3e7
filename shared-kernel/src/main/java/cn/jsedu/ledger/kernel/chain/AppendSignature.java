package cn.jsedu.ledger.kernel.chain;

import java.util.Objects;

/**
 * The command side's signature over what one transaction appended to one platform (ADR 0010): an Ed25519 signature,
 * by the key named {@code keyId}, over {@link #statement} of the platform, the sequence numbers {@code signedFrom} to
 * that of the event carrying it, and that event's hash. It is stored on the last event the transaction appended to
 * the platform; through the hash chain it vouches for every event of the range, and for nothing before
 * {@code signedFrom}: a chain that someone else extended and the command side later built upon stays unsigned where
 * they wrote it.
 *
 * <p>The private key lives with the command side only (a PEM file from a secret store), never in the database, so
 * whoever can only write rows cannot make one. Verifiers need the public key; {@code keyId} (see
 * {@link Ed25519Keys#keyId}) says which one, so that signatures made before a key rotation still verify.
 *
 * @param keyId      id of the signing key's public key
 * @param signedFrom the first sequence number the signature covers (that of the event carrying it, or lower)
 * @param signature  the 64-byte Ed25519 signature
 */
public record AppendSignature(String keyId, long signedFrom, byte[] signature) {

    /**
     * File name of the event-signing key pair in a key folder ({@code event-signing-key.pem}, {@code .pub.pem});
     * retired public keys kept beside it start with it too ({@code event-signing-key-2026.pub.pem}).
     */
    public static final String KEY_FILE_NAME = "event-signing-key";

    private static final String DOMAIN = "ledger-append-signature/v1";

    public AppendSignature {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * The bytes that are signed: the canonical encoding ({@link Canonical}) of
     * <pre>"ledger-append-signature/v1", key id, platform id, first sequence, last sequence, last event hash</pre>
     */
    public static byte[] statement(String keyId, String platformId, long firstSequence, long lastSequence,
                                   byte[] lastEventHash) {
        Canonical.Buffer buffer = new Canonical.Buffer();
        buffer.writer().text(DOMAIN).text(keyId).text(platformId).int64(firstSequence).int64(lastSequence)
                .bytes(lastEventHash);
        return buffer.toByteArray();
    }

    /** The statement this signature claims to sign, for the event that carries it. */
    public byte[] statementFor(StoredEventRow event) {
        return statement(keyId, event.aggregateIdentifier(), signedFrom, event.sequenceNumber(), event.eventHash());
    }
}
