package cn.jsedu.ledger.support.web;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The console's relay channel. The console acts for a person: it sends that person's requests to the services from
 * its own address, with a correlation id it generated. Proving itself with the shared relay key
 * ({@code ledger.relay-key}, env {@code LEDGER_RELAY_KEY}) in {@value #KEY_HEADER}, it may name the person's address
 * in {@value #CLIENT_ADDRESS_HEADER} (recorded as the events' client address instead of the TCP peer) and its
 * correlation id in {@code X-Correlation-Id} (trusted as the request's own). Without the key, or with a wrong one,
 * both headers are ignored. No key configured: nobody is trusted.
 */
public final class RelayChannel {

    public static final String KEY_HEADER = "X-Ledger-Relay-Key";
    public static final String CLIENT_ADDRESS_HEADER = "X-Ledger-Client-Address";
    /** An IPv4 or IPv6 literal's characters (no host names: nothing is resolved). */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** Nobody is trusted. */
    public static final RelayChannel NONE = new RelayChannel(null);

    private final byte[] keyDigest;

    /** @param key the relay key; null or blank trusts nobody */
    public RelayChannel(String key) {
        this.keyDigest = key == null || key.isBlank() ? null : digest(key);
    }

    /** Whether the request carries the relay key. Constant time in the key: digests of equal length are compared. */
    public boolean trusts(HttpServletRequest request) {
        String given = request.getHeader(KEY_HEADER);
        return keyDigest != null && given != null && MessageDigest.isEqual(keyDigest, digest(given));
    }

    /** The address the relay names, if it is an IP literal; else null. */
    public static String relayedAddress(HttpServletRequest request) {
        String given = request.getHeader(CLIENT_ADDRESS_HEADER);
        return given != null && ADDRESS.matcher(given).matches() && given.chars().anyMatch(Character::isDigit)
                ? given : null;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
