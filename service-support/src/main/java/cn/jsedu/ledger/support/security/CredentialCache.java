package cn.jsedu.ledger.support.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Remembers successful logins for a while, keyed by a SHA-256 of name and password (never the password itself).
 * HTTP Basic sends the password with every request and BCrypt is slow on purpose; with this a client pays the
 * BCrypt cost once per {@code ttl}, not per request. Concurrent first logins with the same credentials wait for one
 * check instead of each running BCrypt (a client opening several connections at once); its failure is theirs too,
 * and a failure or a null result is not remembered: a wrong password simply misses the cache next time.
 */
public final class CredentialCache<T> {

    private static final int MAX_ENTRIES = 10_000;

    private final AsyncCache<String, T> logins;

    public CredentialCache(Duration ttl) {
        this(ttl, Ticker.systemTicker());
    }

    public CredentialCache(Duration ttl, Ticker ticker) {
        this.logins = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ENTRIES).ticker(ticker).buildAsync();
    }

    /** The remembered result for these credentials, or {@code login}'s, remembered when not null. */
    public T get(String name, String password, Supplier<T> login) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        // The entry is claimed under Caffeine's lock, but the slow login runs outside it, on this thread: other
        // credentials are never held up, and the same credentials wait on the future (failed futures are dropped).
        CompletableFuture<T> entry = logins.get(key(name, password), (key, executor) -> mine);
        if (entry == mine) {
            try {
                mine.complete(login.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            return entry.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
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
