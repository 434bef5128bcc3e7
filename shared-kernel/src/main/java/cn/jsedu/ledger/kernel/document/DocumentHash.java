package cn.jsedu.ledger.kernel.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an evidence document: the SHA-256 of its bytes, as 64 lowercase hexadecimal digits. Two uploads
 * of the same bytes are one document. An event that cites a document carries this value, so the event's hash
 * chain and the signed checkpoints vouch for exactly those bytes (docs/adr/0021).
 *
 * @param value 64 lowercase hex digits; anything else is refused with {@link IllegalArgumentException}
 */
public record DocumentHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public DocumentHash {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a document hash is the SHA-256 of its bytes: 64 lowercase hex digits");
        }
    }

    public static DocumentHash parse(String value) {
        return new DocumentHash(value);
    }

    /** The hash of these bytes. */
    public static DocumentHash of(byte[] content) {
        try {
            return new DocumentHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code content} is the document this hash names. */
    public boolean matches(byte[] content) {
        return of(content).equals(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
