package cn.jsedu.ledger.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers successful logins for a while, keyed by a SHA-256 of name and password (never the password itself).
 * HTTP Basic sends the password with every request and BCrypt is slow on purpose; with this a client pays the
 * BCrypt cost once per {@code ttl}, not per request. A wrong password simply misses the cache.
 */
public final class CredentialCache<T> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<T>(T value, Instant expires) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    public CredentialCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The remembered result for these credentials, or {@code login}'s, remembered when not null. */
    public T get(String name, String password, Supplier<T> login) {
        String key = key(name, password);
        Instant now = clock.instant();
        Entry<T> entry = entries.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.value();
        }
        T value = login.get();
        if (value != null) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now.plus(ttl)));
        }
        return value;
    }

    private static String key(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(String.valueOf(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
