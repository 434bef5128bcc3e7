package cn.jsedu.ledger.support.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A login refused unchecked because its user or its address is locked out ({@link LoginThrottle}): a 429. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up: what the {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
