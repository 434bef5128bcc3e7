package cn.jsedu.ledger.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Throttles password guessing (HTTP Basic), per user name and per client address. After
 * {@code max-failures-per-user} failed logins of one name, or {@code max-failures-per-address} from one address,
 * within {@code window} (counted from the first of them), that name or address is locked out for {@code lockout}:
 * every further attempt is refused (429) without its password being checked, so the lock-out costs no BCrypt either.
 * A lock-out expires by itself, and attempts made while locked do not extend it, so an attacker can keep a real user
 * out only by failing again after each lock-out, never for good. A success resets its user's count (not its
 * address's: a valid account must not launder an address's guesses). One WARN line per lock-out.
 *
 * <p>Memory is bounded: at most {@value #MAX_USERS} names and {@value #MAX_ADDRESSES} addresses are tracked (Caffeine,
 * oldest dropped first; names kept as SHA-256 digests), each entry dropped when neither its window nor its lock-out
 * runs any more. Time comes from the {@link Ticker} (a test moves it).
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger("ledger.security.logins");
    static final int MAX_USERS = 10_000;
    static final int MAX_ADDRESSES = 100_000;

    /** Limits of the throttle, {@code ledger.security.login-throttle.*}. */
    @ConfigurationProperties("ledger.security.login-throttle")
    public record Settings(@DefaultValue("10") int maxFailuresPerUser, @DefaultValue("50") int maxFailuresPerAddress,
                           @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

        public Settings {
            if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()
                    || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("login throttle limits must be positive: " + maxFailuresPerUser
                        + ", " + maxFailuresPerAddress + ", " + window + ", " + lockout);
            }
        }
    }

    /** Failures since {@code since}; locked until {@code lockedUntil} when that is later than now. */
    private record Failures(int count, long since, long lockedUntil, long dropAt) {
    }

    private final Settings settings;
    private final Ticker ticker;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> addresses;

    public LoginThrottle(Settings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.users = cache(MAX_USERS);
        this.addresses = cache(MAX_ADDRESSES);
    }

    private Cache<String, Failures> cache(int size) {
        return Caffeine.newBuilder().maximumSize(size).ticker(ticker).expireAfter(new Expiry<String, Failures>() {
            @Override
            public long expireAfterCreate(String key, Failures value, long now) {
                return Math.max(0, value.dropAt() - now);
            }

            @Override
            public long expireAfterUpdate(String key, Failures value, long now, long remaining) {
                return Math.max(0, value.dropAt() - now);
            }

            @Override
            public long expireAfterRead(String key, Failures value, long now, long remaining) {
                return remaining;
            }
        }).build();
    }

    /** How much longer this user or this address is locked out (the longer of the two); empty if neither is. */
    public Optional<Duration> lockedFor(String user, String address) {
        long now = ticker.read();
        long until = Math.max(lockedUntil(users, userKey(user), now), lockedUntil(addresses, address, now));
        return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
    }

    /** A failed login of this user from this address. */
    public void failed(String user, String address) {
        count(users, userKey(user), settings.maxFailuresPerUser(), "user=" + printable(user));
        if (address != null) {
            count(addresses, address, settings.maxFailuresPerAddress(), "address=" + printable(address));
        }
    }

    /** A successful login: the user's earlier failures no longer count. */
    public void succeeded(String user) {
        users.invalidate(userKey(user));
    }

    private static long lockedUntil(Cache<String, Failures> cache, String key, long now) {
        Failures failures = key == null ? null : cache.getIfPresent(key);
        return failures == null ? now : failures.lockedUntil();
    }

    private void count(Cache<String, Failures> cache, String key, int max, String who) {
        long window = settings.window().toNanos();
        long lockout = settings.lockout().toNanos();
        boolean[] lockedNow = new boolean[1];
        cache.asMap().compute(key, (k, old) -> {
            long now = ticker.read();
            if (old != null && old.lockedUntil() > now) {
                return old;     // locked: attempts are not checked, so nothing to count (and no extension)
            }
            Failures current = old == null || now - old.since() >= window ? new Failures(0, now, now, now + window) : old;
            int count = current.count() + 1;
            if (count >= max) {
                lockedNow[0] = true;
                return new Failures(0, now, now + lockout, now + lockout);
            }
            return new Failures(count, current.since(), now, current.since() + window);
        });
        if (lockedNow[0]) {
            log.warn("login locked {} for {} after {} failed logins within {}", who, settings.lockout(), max,
                    settings.window());
        }
    }

    private static String userKey(String user) {
        if (user == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(user.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return shown.replaceAll("[^\\x21-\\x7E\\p{L}\\p{N}]", "?");
    }
}
