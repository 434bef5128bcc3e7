package cn.jsedu.ledger.kernel.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClaimsTest {

    @Test
    void readsTheFirstLedgerRoleOfTheClaim() {
        assertThat(TokenClaims.role(List.of("offline_access", "ROLE_AUDITOR"))).contains(Role.AUDITOR);
        assertThat(TokenClaims.role("FINANCE_OFFICER")).contains(Role.FINANCE_OFFICER);
        assertThat(TokenClaims.role(List.of("SUPERUSER"))).isEmpty();
        assertThat(TokenClaims.role(null)).isEmpty();
    }

    @Test
    void theCredentialCacheRemembersOnlySuccessAndOnlyForAWhile() {
        AtomicInteger logins = new AtomicInteger();
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return now[0]; }
        };
        CredentialCache<String> cache = new CredentialCache<>(Duration.ofMinutes(5), clock);
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-1");
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-1");
        assertThat(cache.get("a", "other", () -> null)).isNull();
        now[0] = now[0].plus(Duration.ofMinutes(6));
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-2");
    }
}
